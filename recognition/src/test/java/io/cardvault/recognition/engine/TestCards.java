package io.cardvault.recognition.engine;

import io.cardvault.recognition.catalogue.CatalogueCard;
import io.cardvault.recognition.catalogue.CatalogueCard.Attack;
import io.cardvault.recognition.render.CardFaceRenderer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A small hand-made catalogue, including a reprint pair, rendered with the shared artwork. */
final class TestCards {

    static final Path ART = Path.of("../../shared/data/art");

    private TestCards() {
    }

    static CardFaceRenderer renderer() {
        return new CardFaceRenderer(ART);
    }

    static CatalogueCard pokemon(String set, String number, String name, int dex, String type, int hp) {
        return new CatalogueCard(set + "-" + number, number, set, set.toUpperCase(), 102, name, "en", hp,
                List.of(type), "Rare", "Pokemon", List.of(dex),
                List.of(new Attack("Tackle", "20", "Flip a coin."), new Attack("Big Hit", "60", "Discard an Energy.")), "");
    }

    /** 24 distinct cards plus a reprint of the first one in another set. */
    static List<CatalogueCard> catalogue() {
        String[] types = {"Fire", "Water", "Grass", "Lightning", "Psychic", "Fighting"};
        List<CatalogueCard> cards = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            cards.add(pokemon("ts" + (i % 3 + 1), Integer.toString(i + 1), "Monster " + (i + 1), 1 + i * 7,
                    types[i % types.length], 50 + 10 * (i % 8)));
        }
        cards.add(reprintOfFirst());
        return cards;
    }

    static CatalogueCard reprintOfFirst() {
        return pokemon("rp9", "77", "Monster 1", 1, "Fire", 50);
    }
}
