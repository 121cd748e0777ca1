package io.cardvault.adapter.out.sources.ygojson;

import io.cardvault.adapter.out.sources.catalogue.BadRowException;
import io.cardvault.adapter.out.sources.catalogue.JsonValues;
import io.cardvault.domain.catalogue.Language;
import jakarta.json.JsonObject;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set's regional releases ({@code locales}: {@code en}, {@code na}, {@code eu}, {@code jp},
 * {@code de}, {@code ae} …), each with its language and the prefix its cards' numbers start with
 * ({@code LOB-EN}, {@code LOB-DE}).
 */
final class YgoLocales {

    /**
     * The release a set or card is named and numbered after: the worldwide English one first
     * (YGOJSON's {@code en}, then the older North American, European and Oceanic ones), then
     * Asian-English, then the Japanese original, then the others.
     */
    private static final List<String> MAIN_FIRST = List.of("en", "na", "eu", "oc", "ae", "jp", "de", "fr", "it", "sp", "pt",
            "kr", "sc", "tc", "fc");
    /** YGOJSON writes Asian-English releases' language as {@code ae}; their cards are in English. */
    private static final Map<String, String> LANGUAGE_ALIASES = Map.of("ae", "en");

    private final JsonObject locales;

    YgoLocales(JsonObject set) {
        JsonObject found = JsonValues.object(set, "locales");
        this.locales = found == null ? JsonObject.EMPTY_JSON_OBJECT : found;
    }

    boolean knows(String locale) {
        return locales.get(locale) instanceof JsonObject;
    }

    Language language(String locale) {
        JsonObject release = release(locale);
        String language = JsonValues.text(release, "language");
        if (language == null) {
            throw new BadRowException("locale " + locale + " has no language");
        }
        return Language.of(LANGUAGE_ALIASES.getOrDefault(language, language));
    }

    Optional<String> prefix(String locale) {
        return Optional.ofNullable(JsonValues.text(release(locale), "prefix")).map(String::strip).filter(text -> !text.isEmpty());
    }

    Optional<String> date(String locale) {
        return Optional.ofNullable(JsonValues.text(release(locale), "date"));
    }

    /** The main one of {@code candidates} (see {@link #MAIN_FIRST}); unknown codes come last, in order. */
    static String main(Collection<String> candidates) {
        return candidates.stream()
                .min(Comparator.comparingInt(locale -> MAIN_FIRST.contains(locale) ? MAIN_FIRST.indexOf(locale) : MAIN_FIRST.size()))
                .orElseThrow();
    }

    private JsonObject release(String locale) {
        if (!(locales.get(locale) instanceof JsonObject release)) {
            throw new BadRowException("unknown locale " + locale);
        }
        return release;
    }
}
