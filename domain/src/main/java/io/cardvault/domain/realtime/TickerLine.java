package io.cardvault.domain.realtime;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.shared.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of the movers ticker: a card, its current price and its change over the period in percent.
 * The analytics' {@code Mover} reduced to what a pushed frame carries (no set, game, absolute change or volatility).
 */
public record TickerLine(CardId card, String name, Money price, BigDecimal changePct) implements Serializable {

    public TickerLine {
        Objects.requireNonNull(card, "card");
        name = MarketEvent.requireText(name, "name");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(changePct, "changePct");
    }

    public boolean gainer() {
        return changePct.signum() >= 0;
    }
}
