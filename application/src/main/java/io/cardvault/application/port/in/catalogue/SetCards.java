package io.cardvault.application.port.in.catalogue;

import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.catalogue.SetOverview;
import java.util.List;

/** A set and one page of its cards in collector-number order; the set's card count is the total. */
public record SetCards(SetOverview set, List<CardOverview> cards) {

    public SetCards {
        cards = List.copyOf(cards);
    }
}
