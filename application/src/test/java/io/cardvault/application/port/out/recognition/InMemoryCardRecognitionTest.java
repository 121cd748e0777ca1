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
        return List.of(card(4, "Charizard"), card(2, "Blastoise"), card(15, "Venusaur"));
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

    @Override
    protected CardPhoto undecodablePhoto() {
        return new CardPhoto(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xc0, 0, 17, 8, 1, (byte) 0xe0, 2,
                (byte) 0x80, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, (byte) 0xff, (byte) 0xd9});
    }
}
