package io.cardvault.adapter.out.sources.ygojson;

import io.cardvault.adapter.out.sources.catalogue.BadRowException;
import io.cardvault.adapter.out.sources.catalogue.JsonValues;
import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.LocalizedNames;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;

/**
 * What a set's rows need of one YGOJSON card (the game piece, whatever sets print it): its names in
 * every language, its kind and attribute, and its ids. The card text and images are not kept.
 */
record YgoCard(String id, LocalizedNames names, String cardType, String attribute, CrossReferences references) {

    /** Reads one entry of {@code cards.json}; a rule it breaks is a {@link BadRowException}. */
    static YgoCard from(JsonObject json) {
        String id = JsonValues.text(json, "id");
        if (id == null) {
            throw new BadRowException("card without id");
        }
        LocalizedNames names = JsonValues.names(json, "name");
        if (names == null) {
            throw new BadRowException("card " + id + " has no name");
        }
        JsonObject external = JsonValues.object(json, "externalIDs");
        // Konami's database gives cards it never printed (anime, video-game cards) negative ids: no id to join on
        Long konamiId = external == null || !(external.get("dbID") instanceof JsonNumber dbId) || dbId.longValue() <= 0 ? null
                : JsonValues.positiveId(external, "dbID");
        JsonObject ygoprodeck = external == null ? null : JsonValues.object(external, "ygoprodeck");
        Long ygoprodeckId = ygoprodeck == null ? null : JsonValues.positiveId(ygoprodeck, "id");
        List<String> passwords = JsonValues.texts(json, "passwords");
        return new YgoCard(id, names, capitalised(JsonValues.text(json, "cardType")), capitalised(JsonValues.text(json, "attribute")),
                CrossReferences.yugioh(ygoprodeckId, konamiId, passwords.isEmpty() ? null : passwords.get(0)));
    }

    private static String capitalised(String word) {
        return word == null ? null : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
