package io.cardvault.domain.analytics;

import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;

/**
 * What a card needs before a market list may show it: a price a collector cares about and enough
 * data for the figure to mean something (docs/analytics.md, "Market lists: who gets in"). Penny
 * cards move by whole percents on one-cent steps and a two-point series has no volatility worth
 * the name, so both are left out of every list rather than ranked on noise.
 */
public final class MarketListRules {

    /** The smallest current price a listed card has: 5 units of its series' currency (€5 or $5). */
    public static final BigDecimal MIN_PRICE = new BigDecimal("5.00");
    /** A change that would print as 0.0 % with one decimal is no move. */
    public static final double MIN_CHANGE_PCT = 0.05;
    /** A daily-return σ below 0.1 % is a flat line, not volatility. */
    public static final double MIN_VOLATILITY = 0.001;
    /** The narrowest cross-source gap listed, whatever a caller asks for. */
    public static final double MIN_SPREAD_PCT = 5.0;
    /** The smallest cross-source gap in euros: a few cents is a rounding, not an arbitrage. */
    public static final BigDecimal MIN_SPREAD_EUR = new BigDecimal("1.00");
    /** Daily values each quoted source needs in the spread's freshness week. */
    public static final int MIN_SPREAD_POINTS = 3;
    /** Daily values a hot card's primary series needs in the last 7 days. */
    public static final int MIN_HOT_POINTS = 5;

    private MarketListRules() {
    }

    /** Whether the price is one a market list shows (5 units or more). */
    public static boolean listable(Money price) {
        return price != null && price.amount().compareTo(MIN_PRICE) >= 0;
    }

    /**
     * Points a mover's window of {@code days} days needs: a third of its days, at least 5
     * (7 d: 5, 30 d: 10, 90 d: 30), so a change and a σ rest on a series, not on two quotes.
     */
    public static int minPoints(int days) {
        return Math.max(5, days / 3);
    }

    /** Whether the change shows as a move (at least ±0.1 % once rounded to one decimal). */
    public static boolean moved(double changePct) {
        return Math.abs(changePct) >= MIN_CHANGE_PCT;
    }
}
