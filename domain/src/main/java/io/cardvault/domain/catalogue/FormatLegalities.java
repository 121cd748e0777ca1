package io.cardvault.domain.catalogue;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A card's standing per constructed format ({@code vintage → restricted}, {@code modern → legal}),
 * as of its source's date. Formats are lower-case slugs; a format missing here is one the card
 * is not legal in. Empty for games whose source has no formats (Pokémon's dumps carry none).
 */
public record FormatLegalities(Map<String, Legality> byFormat) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
    private static final FormatLegalities NONE = new FormatLegalities(Map.of());

    public FormatLegalities {
        InvalidCatalogueDataException.require(byFormat != null, "legalities must be given (empty when none)");
        TreeMap<String, Legality> copy = new TreeMap<>();
        byFormat.forEach((format, legality) -> {
            InvalidCatalogueDataException.require(format != null && FORMAT.matcher(format).matches(),
                    "not a format slug: " + format);
            InvalidCatalogueDataException.require(legality != null, "format " + format + " needs a legality");
            copy.put(format, legality);
        });
        byFormat = Collections.unmodifiableMap(copy);
    }

    public static FormatLegalities none() {
        return NONE;
    }

    public boolean isEmpty() {
        return byFormat.isEmpty();
    }

    public Optional<Legality> in(String format) {
        return Optional.ofNullable(byFormat.get(format));
    }

    /** Legal or restricted (a restricted card may be played, one copy). */
    public boolean isPlayableIn(String format) {
        Legality legality = byFormat.get(format);
        return legality == Legality.LEGAL || legality == Legality.RESTRICTED;
    }
}
