package io.cardvault.application.service.analytics;

import io.cardvault.application.port.in.analytics.CardPrediction;
import io.cardvault.domain.analytics.CrossSourceSpread;
import io.cardvault.domain.analytics.HotCard;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** Keys and shapes of the cached dashboard views; {@code all} is the key of the all-games views. */
final class MarketViews {

    static final String ALL = "all";
    static final String STATS = "stats";
    static final String TOP_PREDICTIONS = "predictions";
    static final String COMPUTED = "computed";
    static final String SOURCE_PRICE_COUNTS = "source-price-counts";

    private MarketViews() {
    }

    static String movers(String tcg, int days) {
        return "movers|" + normal(tcg) + "|" + days;
    }

    static String spreads(String tcg) {
        return "spreads|" + normal(tcg);
    }

    static String hot(String tcg) {
        return "hot|" + normal(tcg);
    }

    static String normal(String tcg) {
        return tcg == null || tcg.isBlank() ? ALL : tcg.strip().toLowerCase(Locale.ROOT);
    }

    record Spreads(List<CrossSourceSpread> items) implements Serializable {
        Spreads {
            items = List.copyOf(items);
        }
    }

    record HotCards(List<HotCard> items) implements Serializable {
        HotCards {
            items = List.copyOf(items);
        }
    }

    record Predictions(List<CardPrediction> items) implements Serializable {
        Predictions {
            items = List.copyOf(items);
        }
    }
}
