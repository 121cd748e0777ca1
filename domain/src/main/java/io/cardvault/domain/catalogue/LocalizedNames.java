package io.cardvault.domain.catalogue;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A name in each language it is known in. Never empty: a card or set without any name cannot
 * be shown, searched or priced.
 */
public record LocalizedNames(Map<Language, String> byLanguage) {

    static final int MAX_LENGTH = 255;

    public LocalizedNames {
        InvalidCatalogueDataException.require(byLanguage != null && !byLanguage.isEmpty(), "at least one name is required");
        TreeMap<Language, String> copy = new TreeMap<>();
        byLanguage.forEach((language, name) -> {
            InvalidCatalogueDataException.require(language != null, "a name needs a language");
            copy.put(language, InvalidCatalogueDataException.requireText(name, MAX_LENGTH, "name in " + language));
        });
        byLanguage = Collections.unmodifiableMap(copy);
    }

    public static LocalizedNames of(Language language, String name) {
        return new LocalizedNames(Map.of(language, name));
    }

    public Optional<String> in(Language language) {
        return Optional.ofNullable(byLanguage.get(language));
    }

    /** The name in the first language of {@code preference} that has one, else in any language. */
    public String preferred(List<Language> preference) {
        return preference.stream()
                .map(byLanguage::get)
                .filter(name -> name != null)
                .findFirst()
                .orElseGet(() -> byLanguage.values().iterator().next());
    }

    public boolean isKnownIn(Language language) {
        return byLanguage.containsKey(language);
    }
}
