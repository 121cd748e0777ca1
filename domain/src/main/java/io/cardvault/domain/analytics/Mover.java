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
 */
public record Mover(MarketCard card, Money currentPrice, Money changeAbs, double changePct, Double volatility)
        implements Serializable {

    public Currency currency() {
        return currentPrice.currency();
    }

    public static Optional<Mover> of(MarketCard card, PriceHistory history, int days) {
        return PeriodChange.over(history, days).map(change -> {
            OptionalDouble volatility = history.lastDays(days).dailyReturnVolatility();
            return new Mover(card, history.latestPrice().orElseThrow(), change.abs(), change.pct(),
                    volatility.isPresent() ? Math.round(volatility.getAsDouble() * 10_000) / 10_000.0 : null);
        });
    }

    /** Gainers (pct > 0, largest first), losers (pct < 0, largest fall first), most volatile (σ, largest first). */
    public record Ranking(List<Mover> gainers, List<Mover> losers, List<Mover> mostVolatile) implements Serializable {

        public Ranking {
            gainers = List.copyOf(gainers);
            losers = List.copyOf(losers);
            mostVolatile = List.copyOf(mostVolatile);
        }

        public static Ranking of(List<Mover> movers, int limit) {
            Comparator<Mover> byCard = Comparator.comparingLong(mover -> mover.card().id());
            return new Ranking(
                    movers.stream().filter(mover -> mover.changePct() > 0)
                            .sorted(Comparator.comparingDouble(Mover::changePct).reversed().thenComparing(byCard)).limit(limit).toList(),
                    movers.stream().filter(mover -> mover.changePct() < 0)
                            .sorted(Comparator.comparingDouble(Mover::changePct).thenComparing(byCard)).limit(limit).toList(),
                    movers.stream().filter(mover -> mover.volatility() != null)
                            .sorted(Comparator.comparingDouble(Mover::volatility).reversed().thenComparing(byCard)).limit(limit).toList());
        }

        public Ranking limit(int limit) {
            return new Ranking(gainers.stream().limit(limit).toList(), losers.stream().limit(limit).toList(),
                    mostVolatile.stream().limit(limit).toList());
        }
    }
}
