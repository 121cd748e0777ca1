package io.cardvault.application.port.in.catalogue;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardDetails;
import java.util.List;

/** The cards asked for, in the order asked, and the ids that name no card. */
public record CardComparison(List<CardDetails> cards, List<CardId> missing) {

    public CardComparison {
        cards = List.copyOf(cards);
        missing = List.copyOf(missing);
    }
}
