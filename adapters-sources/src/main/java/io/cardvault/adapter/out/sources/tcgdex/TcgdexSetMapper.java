package io.cardvault.adapter.out.sources.tcgdex;

import io.cardvault.adapter.out.sources.catalogue.BadRowException;
import io.cardvault.adapter.out.sources.catalogue.JsonValues;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.catalogue.LocalizedNames;
import io.cardvault.domain.catalogue.SetKey;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Maps a {@code sets.json} entry. The languages a set was printed in are the languages of its
 * name map plus those of a per-language release-date map (Asian sets carry one). Its main
 * language is English for the international dump, else the first of {@link #ASIAN_PREFERENCE}.
 */
final class TcgdexSetMapper {

    /** Japanese first: it is the originating market; the others are later, regional prints. */
    static final List<Language> ASIAN_PREFERENCE = List.of(Language.JAPANESE, Language.of("zh-tw"), Language.of("zh-cn"),
            Language.of("ko"), Language.of("th"), Language.of("id"));

    private final String catalogue;
    private final Map<String, LocalizedNames> series;

    TcgdexSetMapper(String catalogue, Map<String, LocalizedNames> series) {
        this.catalogue = catalogue;
        this.series = series;
    }

    CardSet map(JsonObject json) {
        String id = JsonValues.text(json, "id");
        LocalizedNames names = JsonValues.names(json, "name");
        if (id == null || names == null) {
            throw new BadRowException("set without id or name: " + json);
        }
        SortedSet<Language> languages = new TreeSet<>(names.byLanguage().keySet());
        JsonValue released = json.get("releaseDate");
        LocalDate releaseDate = null;
        Language main = mainLanguage(names, released);
        if (released instanceof JsonString date) {
            releaseDate = LocalDate.parse(date.getString());
        } else if (released instanceof JsonObject byLanguage) {
            byLanguage.keySet().forEach(language -> languages.add(Language.of(language)));
            // the set's date is the date of its main-language release, else the earliest one
            String date = byLanguage.containsKey(main.code()) ? byLanguage.getString(main.code())
                    : byLanguage.values().stream().map(value -> ((JsonString) value).getString()).sorted().findFirst().orElse(null);
            releaseDate = date == null ? null : LocalDate.parse(date);
        }
        JsonObject abbreviations = JsonValues.object(json, "abbreviations");
        String code = abbreviations == null ? null : JsonValues.text(abbreviations, "official");
        JsonObject cardCount = JsonValues.object(json, "cardCount");
        Integer official = cardCount == null ? null : JsonValues.integer(cardCount, "official");
        JsonObject thirdParty = JsonValues.object(json, "thirdParty");
        LocalizedNames seriesNames = series.get(JsonValues.text(json, "serieId"));
        return new CardSet(new SetKey(catalogue, id), code == null ? id : code, names,
                seriesNames == null ? null : seriesNames.preferred(List.of(main, Language.ENGLISH, Language.JAPANESE)),
                releaseDate, official == null || official == 0 ? null : official, main, languages,
                isPromo(id, names), CrossReferences.marketplaces(
                        JsonValues.positiveId(thirdParty, "cardmarket"), JsonValues.positiveId(thirdParty, "tcgplayer")));
    }

    private Language mainLanguage(LocalizedNames names, JsonValue released) {
        if (names.isKnownIn(Language.ENGLISH)) {
            return Language.ENGLISH;
        }
        for (Language language : ASIAN_PREFERENCE) {
            if (names.isKnownIn(language) || (released instanceof JsonObject dates && dates.containsKey(language.code()))) {
                return language;
            }
        }
        return names.byLanguage().keySet().iterator().next();
    }

    /** tcgdex has no promo flag: its promo sets say so in their name ("Black Star Promos", "プロモ"). */
    private static boolean isPromo(String id, LocalizedNames names) {
        return names.byLanguage().values().stream()
                .map(name -> name.toLowerCase(Locale.ROOT))
                .anyMatch(name -> name.contains("promo") || name.contains("プロモ"))
                || id.toLowerCase(Locale.ROOT).endsWith("-p");
    }
}
