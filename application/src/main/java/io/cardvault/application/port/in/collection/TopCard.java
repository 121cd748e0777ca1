package io.cardvault.application.port.in.collection;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.shared.Money;
import java.util.Objects;

/** The collection's most valuable card: all its copies across entries together, in the summary's currency. */
public record TopCard(CardId card, String name, Money value) {

    public TopCard {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
