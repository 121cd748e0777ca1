package io.cardvault.application.port.out;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.application.port.out.recognition.CardLabel;
import io.cardvault.application.port.out.recognition.PrintedCard;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Outgoing port: the imported catalogue as the recognition engine needs it. */
public interface RecognitionCataloguePort {

    /** Every card of the catalogue with what its printed face shows, in catalogue id order. */
    List<PrintedCard> printedCards();

    /** Set name and game of the given cards, by card id; unknown ids are left out. */
    Map<CardId, CardLabel> labels(Collection<CardId> cardIds);
}
