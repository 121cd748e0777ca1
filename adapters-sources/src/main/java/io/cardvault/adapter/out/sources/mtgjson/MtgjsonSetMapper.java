package io.cardvault.adapter.out.sources.mtgjson;

import io.cardvault.adapter.out.sources.catalogue.BadRowException;
import io.cardvault.adapter.out.sources.catalogue.JsonValues;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.catalogue.LocalizedNames;
import io.cardvault.domain.catalogue.SetKey;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.TreeSet;

/**
 * Maps a {@code sets.json} entry: the set code is its id and its code, the block its series,
 * {@code baseSetSize} its official count, {@code type: promo} a promo set. Its cross references are
 * the set's own marketplace ids: Cardmarket's expansion id ({@code mcmId}) and TCGplayer's group id.
 * MTGJSON's sets are English printings (the dump holds no foreign printing rows).
 */
final class MtgjsonSetMapper {

    static final String CATALOGUE = "mtgjson";

    CardSet map(JsonObject json) {
        String code = JsonValues.text(json, "code");
        String name = JsonValues.text(json, "name");
        if (code == null || name == null) {
            throw new BadRowException("set without code or name: " + json);
        }
        Integer baseSize = JsonValues.integer(json, "baseSetSize");
        return new CardSet(new SetKey(CATALOGUE, code), code, LocalizedNames.of(Language.ENGLISH, name),
                JsonValues.text(json, "block"), date(JsonValues.text(json, "releaseDate")),
                baseSize == null || baseSize <= 0 ? null : baseSize, Language.ENGLISH, new TreeSet<>(),
                "promo".equals(JsonValues.text(json, "type")),
                CrossReferences.marketplaces(JsonValues.positiveIdOrText(json, "mcmId"),
                        JsonValues.positiveIdOrText(json, "tcgplayerGroupId")));
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRowException("release date is not a date: " + text);
        }
    }
}
