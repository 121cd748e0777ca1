package io.cardvault.domain.analytics;

import io.cardvault.domain.shared.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A card the market is busy with: activity, not price change (that is what gainers rank).
 * {@code heat = sold comps + price updates} over the last 7 days, where a price update is a day on
 * which one source's value differs from that source's previous value (every source of the card's
 * variant counts). Only cards at {@link MarketListRules#MIN_PRICE} or more whose primary series has
 * {@link MarketListRules#MIN_HOT_POINTS} values in the window, and with some activity, are hot;
 * busiest first, then most sales, then card id. The 7-day change is shown beside it, never ranked on.
 */
public record HotCard(MarketCard card, Money currentPrice, Double change7dPct, int sales7d, int priceUpdates7d,
                      int sources, double heat) implements Serializable {

    public Currency currency() {
        return currentPrice.currency();
    }

    /**
     * @param primary the card's primary series (price, minimum data, the change shown)
     * @param series every source's series of the same variant (price updates are counted over them)
     * @param sales7d sold comps in the window
     * @param since the window's first day (today − 6: seven days with today)
     */
    public static Optional<HotCard> of(MarketCard card, PriceHistory primary, Collection<PriceHistory> series, int sales7d,
                                       LocalDate since) {
        Optional<Money> price = primary.latestPrice();
        if (!MarketListRules.listable(price.orElse(null)) || primary.since(since).size() < MarketListRules.MIN_HOT_POINTS) {
            return Optional.empty();
        }
        int updates = 0;
        int sources = 0;
        for (PriceHistory one : series) {
            int changed = priceUpdates(one, since);
            updates += changed;
            sources += one.since(since).isEmpty() ? 0 : 1;
        }
        int heat = sales7d + updates;
        if (heat <= 0) {
            return Optional.empty();
        }
        Double change = PeriodChange.over(primary, 7).map(PeriodChange::pct).orElse(null);
        return Optional.of(new HotCard(card, price.get(), change, sales7d, updates, sources, heat));
    }

    /** Days from {@code since} on whose value differs from the series' value the point before. */
    static int priceUpdates(PriceHistory series, LocalDate since) {
        int updates = 0;
        BigDecimal previous = null;
        for (DailyPrice point : series.points()) {
            if (!point.day().isBefore(since) && previous != null && point.price().compareTo(previous) != 0) {
                updates++;
            }
            previous = point.price();
        }
        return updates;
    }

    public static List<HotCard> rank(List<HotCard> cards, int limit) {
        return cards.stream().sorted(Comparator.comparingDouble(HotCard::heat).reversed()
                .thenComparing(Comparator.comparingInt(HotCard::sales7d).reversed())
                .thenComparingLong(hot -> hot.card().id())).limit(limit).toList();
    }
}
