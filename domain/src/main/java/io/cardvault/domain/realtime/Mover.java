package io.cardvault.domain.realtime;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.shared.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** One line of the movers ticker: a card, its current price and its change over the period in percent. */
public record Mover(CardId card, String name, Money price, BigDecimal changePct) implements Serializable {

    public Mover {
        Objects.requireNonNull(card, "card");
        name = MarketEvent.requireText(name, "name");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(changePct, "changePct");
    }

    public boolean gainer() {
        return changePct.signum() >= 0;
    }
}
