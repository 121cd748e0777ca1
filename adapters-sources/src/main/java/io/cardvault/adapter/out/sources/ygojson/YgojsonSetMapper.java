package io.cardvault.adapter.out.sources.ygojson;

import io.cardvault.adapter.out.sources.catalogue.BadRowException;
import io.cardvault.adapter.out.sources.catalogue.JsonValues;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.catalogue.LocalizedNames;
import io.cardvault.domain.catalogue.SetKey;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Maps a {@code sets.json} entry onto a {@link CardSet}. Only printed releases count: a content
 * list without locales is a digital one (Master Duel, Duel Links) and a set with nothing else is
 * no set of the card catalogue. The set's languages are those of its printed locales, its main
 * language that of its main locale ({@link YgoLocales#main}); its code is that locale's prefix
 * without the region ({@code LOB-EN} → {@code LOB}), or, when no locale prints a prefix, the
 * start of its English name. Yu-Gi-Oh! prints no set total.
 */
final class YgojsonSetMapper {

    static final String CATALOGUE = "ygojson";

    private YgojsonSetMapper() {
    }

    /** The set, or empty when it was never printed. */
    static Optional<CardSet> map(JsonObject json) {
        String id = JsonValues.text(json, "id");
        LocalizedNames names = JsonValues.names(json, "name");
        if (id == null || names == null) {
            throw new BadRowException("set without id or name");
        }
        YgoLocales locales = new YgoLocales(json);
        Set<String> printed = printedLocales(json, locales);
        if (printed.isEmpty()) {
            return Optional.empty();
        }
        String main = YgoLocales.main(printed);
        SortedSet<Language> languages = new TreeSet<>();
        printed.forEach(locale -> languages.add(locales.language(locale)));
        String code = locales.prefix(main)
                .or(() -> printed.stream().map(locales::prefix).flatMap(Optional::stream).findFirst())
                .map(YgojsonSetMapper::withoutRegion)
                .orElseGet(() -> shortened(names.preferred(java.util.List.of(Language.ENGLISH))));
        String date = Optional.ofNullable(JsonValues.text(json, "date"))
                .or(() -> locales.date(main))
                .or(() -> printed.stream().map(locales::date).flatMap(Optional::stream).sorted().findFirst())
                .orElse(null);
        boolean promo = names.byLanguage().values().stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).contains("promo"));
        return Optional.of(new CardSet(new SetKey(CATALOGUE, id), code, names, null, date == null ? null : LocalDate.parse(date),
                null, locales.language(main), languages, promo, CrossReferences.none()));
    }

    /** The locales of the set's content lists that name any (the others are digital-only lists). */
    static Set<String> printedLocales(JsonObject json, YgoLocales locales) {
        Set<String> printed = new LinkedHashSet<>();
        JsonValue contents = json.get("contents");
        if (contents != null && contents.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue content : contents.asJsonArray()) {
                if (content instanceof JsonObject list) {
                    JsonValues.texts(list, "locales").stream().filter(locales::knows).forEach(printed::add);
                }
            }
        }
        return printed;
    }

    private static String withoutRegion(String prefix) {
        int dash = prefix.lastIndexOf('-');
        String code = dash > 0 ? prefix.substring(0, dash) : prefix;
        return shortened(code);
    }

    private static String shortened(String text) {
        String stripped = text.strip();
        return stripped.length() <= 32 ? stripped : stripped.substring(0, 32).strip();
    }
}
