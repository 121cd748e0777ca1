package io.cardvault.domain.catalogue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A set (expansion, promo series) as one catalogue knows it. {@code code} is the abbreviation
 * collectors use ("BS"), {@code language} the language the set is chiefly sold in, and
 * {@code languages} every language it was printed in. {@code officialCount} is the total printed
 * after the slash, absent when the set prints none. {@code seriesId} is the upstream's own id of the
 * series, kept where the upstream addresses its card pictures by it (tcgdex: {@code base}, {@code SV});
 * absent otherwise.
 */
public record CardSet(SetKey key,
                      String code,
                      LocalizedNames names,
                      String series,
                      LocalDate releaseDate,
                      Integer officialCount,
                      Language language,
                      SortedSet<Language> languages,
                      boolean promo,
                      CrossReferences crossReferences,
                      String seriesId) {

    static final int MAX_CODE = 32;
    static final int MAX_SERIES = 100;
    static final int MAX_SERIES_ID = 64;

    public CardSet {
        InvalidCatalogueDataException.require(key != null, "a set needs a key");
        code = InvalidCatalogueDataException.requireText(code == null ? key.externalId() : code, MAX_CODE, "set code");
        InvalidCatalogueDataException.require(names != null, "a set needs a name: " + key);
        series = series == null || series.isBlank() ? null : InvalidCatalogueDataException.requireText(series, MAX_SERIES, "series");
        InvalidCatalogueDataException.require(officialCount == null || officialCount > 0,
                "official card count must be positive: " + officialCount);
        InvalidCatalogueDataException.require(language != null, "a set needs its main language: " + key);
        TreeSet<Language> printed = new TreeSet<>(languages == null ? Collections.emptySet() : languages);
        printed.add(language);
        languages = Collections.unmodifiableSortedSet(printed);
        crossReferences = crossReferences == null ? CrossReferences.none() : crossReferences;
        seriesId = seriesId == null || seriesId.isBlank() ? null
                : InvalidCatalogueDataException.requireText(seriesId, MAX_SERIES_ID, "series id");
    }

    /** A set of a catalogue that has no series ids (or none for this set). */
    public CardSet(SetKey key, String code, LocalizedNames names, String series, LocalDate releaseDate, Integer officialCount,
                   Language language, SortedSet<Language> languages, boolean promo, CrossReferences crossReferences) {
        this(key, code, names, series, releaseDate, officialCount, language, languages, promo, crossReferences, null);
    }

    public Optional<LocalDate> released() {
        return Optional.ofNullable(releaseDate);
    }

    /** The number a card of this set carries: "4/102", or the bare id when no total is printed. */
    public CollectorNumber numberFor(String localId) {
        return CollectorNumber.of(localId, officialCount);
    }

    public boolean isPrintedIn(Language other) {
        return languages.contains(other);
    }

    public String displayName() {
        return names.in(language).orElseGet(() -> names.byLanguage().values().iterator().next());
    }
}
