package io.cardvault.application.port.out.recognition;

import io.cardvault.application.port.out.CardRecognitionPort;
import io.cardvault.domain.catalogue.CardId;
import java.util.List;

/** The fake obeys the same contract as the OpenCV engine. */
class InMemoryCardRecognitionTest extends CardRecognitionPortContract {

    @Override
    protected CardRecognitionPort engine() {
        return new InMemoryCardRecognition();
    }

    @Override
    protected List<PrintedCard> catalogue() {
        return List.of(new PrintedCard(new CardId(232), "232", "lea", "LEA", 0, "Black Lotus", "en", 0, List.of(), "Rare",
                "Artifact", List.of(), "mtg"), card(4, "Charizard"), card(2, "Blastoise"), card(15, "Venusaur"));
    }

    private static PrintedCard card(long id, String name) {
        return new PrintedCard(new CardId(id), Long.toString(id), "base1", "BS", 102, name, "en", 100, List.of("Fire"),
                "Rare", "Pokemon", List.of((int) id));
    }

    @Override
    protected CardPhoto photoOf(PrintedCard card) {
        return InMemoryCardRecognition.photoOf(card.cardId());
    }

    @Override
    protected CardPhoto unrelatedPhoto() {
        return InMemoryCardRecognition.unrelatedPhoto();
    }
}
