package io.cardvault.domain.price;

import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Read model: a priced card with its headline — the raw US market price when it has one, else its
 * EU trend (the money's currency says which) — and that headline's percentage change over seven
 * days, absent when the card has no price seven days back.
 */
public record CardPriceSummary(CardOverview card, Money bestPrice, BigDecimal priceChange7d, LocalDate asOf) {

    public CardPriceSummary {
        InvalidPriceDataException.require(card != null, "a summary needs its card");
        InvalidPriceDataException.require(bestPrice != null, "a summary needs a price");
        InvalidPriceDataException.require(asOf != null, "a summary needs a date");
    }

    public Optional<BigDecimal> change7d() {
        return Optional.ofNullable(priceChange7d);
    }
}
