package io.cardvault.domain.catalogue;

import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What deck-building rules need to know about a card beyond its legalities: Pokémon's regulation
 * mark (the letter printed bottom left since Sword &amp; Shield), Magic's colour identity
 * ({@code W U B R G}) and supertypes ({@code Basic}, {@code Legendary}, {@code Snow}…); a basic
 * Pokémon Energy carries the supertype {@code Basic} too, as the card itself says "Basic Energy".
 * Empty for cards whose source says none of it.
 */
public record PlayTraits(String regulationMark, Set<String> colourIdentity, Set<String> supertypes) {

    private static final Pattern MARK = Pattern.compile("[A-Z]");
    private static final Pattern COLOUR = Pattern.compile("[WUBRG]");
    private static final Pattern SUPERTYPE = Pattern.compile("[A-Za-z]{1,16}");
    private static final PlayTraits NONE = new PlayTraits(null, Set.of(), Set.of());

    public PlayTraits {
        regulationMark = regulationMark == null || regulationMark.isBlank() ? null : regulationMark.strip().toUpperCase(Locale.ROOT);
        InvalidCatalogueDataException.require(regulationMark == null || MARK.matcher(regulationMark).matches(),
                "a regulation mark is one letter: " + regulationMark);
        colourIdentity = sorted(colourIdentity, COLOUR, "colour");
        supertypes = sorted(supertypes, SUPERTYPE, "supertype");
    }

    public static PlayTraits none() {
        return NONE;
    }

    public boolean isEmpty() {
        return regulationMark == null && colourIdentity.isEmpty() && supertypes.isEmpty();
    }

    public Optional<String> mark() {
        return Optional.ofNullable(regulationMark);
    }

    public boolean isBasic() {
        return supertypes.contains("Basic");
    }

    public boolean isLegendary() {
        return supertypes.contains("Legendary");
    }

    private static Set<String> sorted(Set<String> values, Pattern allowed, String what) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        TreeSet<String> copy = new TreeSet<>();
        for (String value : values) {
            InvalidCatalogueDataException.require(value != null && allowed.matcher(value).matches(), "not a " + what + ": " + value);
            copy.add(value);
        }
        return Collections.unmodifiableSet(copy);
    }
}
