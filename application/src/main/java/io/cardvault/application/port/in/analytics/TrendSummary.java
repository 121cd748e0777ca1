package io.cardvault.application.port.in.analytics;

import io.cardvault.domain.analytics.BuySellSpread;
import io.cardvault.domain.analytics.DailyPrice;
import io.cardvault.domain.analytics.MarketVerdict;
import io.cardvault.domain.analytics.Velocity;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.shared.Money;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * The card-detail side rail for one scope. Every part is null when its data is missing: current,
 * all-time high and deltas without a primary series, sales volume and velocity without sold comps,
 * the verdict without any recent source value, the buy/sell spread on graded scopes or without
 * dealer quotes.
 */
public record TrendSummary(CardId cardId, String variant, String gradingCompany, String grade, Current current,
                           List<Delta> deltas, DailyPrice allTimeHigh, Integer salesVolume30d, int pointCount,
                           MarketVerdict marketVerdict, BuySellSpread buySellSpread, Velocity velocity,
                           Double change30dPct) implements Serializable {

    public TrendSummary {
        deltas = List.copyOf(deltas);
    }

    /** The newest value of the primary series (the all-time high is a day of that series, in its currency). */
    public record Current(Money price, LocalDate recordedOn, String source) implements Serializable {

        public Currency currency() {
            return price.currency();
        }
    }

    /** A change over {@code days} (abs and pct null without a point that old). */
    public record Delta(int days, Money abs, Double pct, boolean anomaly) implements Serializable {
    }
}
