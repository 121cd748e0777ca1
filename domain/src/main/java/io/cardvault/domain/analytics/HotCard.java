package io.cardvault.domain.analytics;

import io.cardvault.domain.shared.Money;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A card heating up: rising over 7 days and selling. {@code heat = change_7d_pct × (1 + ln(1 + sold comps in 7 days))}
 * (two decimals), only for a positive 7-day change; hottest first.
 */
public record HotCard(MarketCard card, Money currentPrice, double change7dPct, int sales7d, double heat) implements Serializable {

    public Currency currency() {
        return currentPrice.currency();
    }

    public static Optional<HotCard> of(MarketCard card, PriceHistory history, int sales7d) {
        return PeriodChange.over(history, 7).filter(change -> change.pct() > 0).map(change -> new HotCard(card,
                history.latestPrice().orElseThrow(), change.pct(), sales7d,
                Math.round(change.pct() * (1 + Math.log1p(sales7d)) * 100) / 100.0));
    }

    public static List<HotCard> rank(List<HotCard> cards, int limit) {
        return cards.stream().sorted(Comparator.comparingDouble(HotCard::heat).reversed()
                .thenComparingLong(hot -> hot.card().id())).limit(limit).toList();
    }
}
