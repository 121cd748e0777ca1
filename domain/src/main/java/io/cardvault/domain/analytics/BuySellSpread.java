package io.cardvault.domain.analytics;

import io.cardvault.domain.price.PriceType;
import io.cardvault.domain.shared.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * PriceCharting's dealer quotes per condition tier (loose, cib = complete in box, new): what a
 * dealer pays ({@code buy}), what it asks ({@code sell}) and {@code mid = (buy + sell) / 2}.
 * A tier is shown only with both quotes; the spread is empty without any complete tier.
 */
public record BuySellSpread(Currency currency, Map<String, Tier> tiers) implements Serializable {

    public BuySellSpread {
        tiers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tiers));
    }

    public record Tier(Money buy, Money mid, Money sell) implements Serializable {
    }

    public static Optional<BuySellSpread> of(Currency currency, Map<PriceType, BigDecimal> quotes) {
        Map<String, Tier> tiers = new LinkedHashMap<>();
        tier(currency, quotes, PriceType.RETAIL_LOOSE_BUY, PriceType.RETAIL_LOOSE_SELL).ifPresent(tier -> tiers.put("loose", tier));
        tier(currency, quotes, PriceType.RETAIL_CIB_BUY, PriceType.RETAIL_CIB_SELL).ifPresent(tier -> tiers.put("cib", tier));
        tier(currency, quotes, PriceType.RETAIL_NEW_BUY, PriceType.RETAIL_NEW_SELL).ifPresent(tier -> tiers.put("new", tier));
        return tiers.isEmpty() ? Optional.empty() : Optional.of(new BuySellSpread(currency, tiers));
    }

    private static Optional<Tier> tier(Currency currency, Map<PriceType, BigDecimal> quotes, PriceType buyType, PriceType sellType) {
        BigDecimal buy = quotes.get(buyType);
        BigDecimal sell = quotes.get(sellType);
        if (buy == null || sell == null) {
            return Optional.empty();
        }
        return Optional.of(new Tier(new Money(currency, buy.setScale(2, RoundingMode.HALF_UP)),
                new Money(currency, buy.add(sell).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP)),
                new Money(currency, sell.setScale(2, RoundingMode.HALF_UP))));
    }
}
