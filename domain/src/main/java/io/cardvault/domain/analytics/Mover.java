package io.cardvault.domain.analytics;

import io.cardvault.domain.shared.Money;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A card's move over a period on its primary series (see {@code PrimarySeries}): the
 * {@link PeriodChange} and the {@link io.cardvault.domain.price.DailyReturnVolatility} of the same window.
 * Only a card at {@link MarketListRules#MIN_PRICE} or more with {@link MarketListRules#minPoints(int)}
 * points in the window is a mover: a penny card's one-cent step or a two-quote series is noise.
 */
public record Mover(MarketCard card, Money currentPrice, Money changeAbs, double changePct, Double volatility)
        implements Serializable {

    public Currency currency() {
        return currentPrice.currency();
    }

    public static Optional<Mover> of(MarketCard card, PriceHistory history, int days) {
        if (!MarketListRules.listable(history.latestPrice().orElse(null))
                || history.lastDays(days).size() < MarketListRules.minPoints(days)) {
            return Optional.empty();
        }
        return PeriodChange.over(history, days).map(change -> {
            OptionalDouble volatility = history.lastDays(days).dailyReturnVolatility();
            return new Mover(card, history.latestPrice().orElseThrow(), change.abs(), change.pct(),
                    volatility.isPresent() ? Math.round(volatility.getAsDouble() * 10_000) / 10_000.0 : null);
        });
    }

    /**
     * Gainers (pct ≥ +0.05, largest first), losers (pct ≤ −0.05, largest fall first), most volatile
     * (σ ≥ 0.001 with a change that shows, largest σ first): nothing that would print as 0.0 %.
     */
    public record Ranking(List<Mover> gainers, List<Mover> losers, List<Mover> mostVolatile) implements Serializable {

        public Ranking {
            gainers = List.copyOf(gainers);
            losers = List.copyOf(losers);
            mostVolatile = List.copyOf(mostVolatile);
        }

        public static Ranking of(List<Mover> movers, int limit) {
            Comparator<Mover> byCard = Comparator.comparingLong(mover -> mover.card().id());
            return new Ranking(
                    movers.stream().filter(mover -> mover.changePct() > 0 && MarketListRules.moved(mover.changePct()))
                            .sorted(Comparator.comparingDouble(Mover::changePct).reversed().thenComparing(byCard)).limit(limit).toList(),
                    movers.stream().filter(mover -> mover.changePct() < 0 && MarketListRules.moved(mover.changePct()))
                            .sorted(Comparator.comparingDouble(Mover::changePct).thenComparing(byCard)).limit(limit).toList(),
                    movers.stream().filter(mover -> mover.volatility() != null
                                    && mover.volatility() >= MarketListRules.MIN_VOLATILITY && MarketListRules.moved(mover.changePct()))
                            .sorted(Comparator.comparingDouble(Mover::volatility).reversed().thenComparing(byCard)).limit(limit).toList());
        }

        public Ranking limit(int limit) {
            return new Ranking(gainers.stream().limit(limit).toList(), losers.stream().limit(limit).toList(),
                    mostVolatile.stream().limit(limit).toList());
        }
    }
}
