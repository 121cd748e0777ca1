package io.cardvault.domain.analytics;

import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.shared.Money;
import java.io.Serializable;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The gap between a card's cheapest and dearest source for the same variant, all latest values
 * converted to EUR through the euro reference rates: {@code spread_pct = (max − min) / min × 100}
 * (one decimal), {@code spread_eur = max − min}. Needs two sources with a convertible value.
 */
public record CrossSourceSpread(MarketCard card, String variant, Leg cheapest, Leg dearest, Money spreadEur,
                                double spreadPct) implements Serializable {

    /** One source's latest value, as published and in EUR. */
    public record Leg(PriceSource source, Money price, Money priceEur) implements Serializable {

        public Currency currency() {
            return price.currency();
        }
    }

    /** A source's latest value before conversion. */
    public record Quote(PriceSource source, Money price) implements Serializable {

        /**
         * The series' newest value as a quote when it is fresh: dated {@code freshFrom} or later, with
         * {@link MarketListRules#MIN_SPREAD_POINTS} daily values from that day on (one stray day is no quote).
         */
        public static Optional<Quote> fresh(PriceSource source, PriceHistory series, LocalDate freshFrom) {
            PriceHistory week = series.since(freshFrom);
            if (week.size() < MarketListRules.MIN_SPREAD_POINTS) {
                return Optional.empty();
            }
            return week.latestPrice().map(price -> new Quote(source, price));
        }
    }

    /**
     * Whether the spread is worth listing: the cheaper side costs {@link MarketListRules#MIN_PRICE} euros or
     * more, the gap is at least {@link MarketListRules#MIN_SPREAD_EUR} and {@link MarketListRules#MIN_SPREAD_PCT}
     * percent. A €0.01 → €0.02 gap is 100 % of nothing.
     */
    public boolean listable() {
        return cheapest.priceEur().amount().compareTo(MarketListRules.MIN_PRICE) >= 0
                && spreadEur.amount().compareTo(MarketListRules.MIN_SPREAD_EUR) >= 0
                && spreadPct >= MarketListRules.MIN_SPREAD_PCT;
    }

    public static Optional<CrossSourceSpread> of(MarketCard card, String variant, List<Quote> quotes,
                                                 EuroReferenceRates rates) {
        List<Leg> legs = new ArrayList<>();
        for (Quote quote : quotes) {
            if (quote.price().amount().signum() > 0) {
                rates.convert(quote.price().amount(), quote.price().currency(), EuroReferenceRates.EUR).ifPresent(eur ->
                        legs.add(new Leg(quote.source(), quote.price(),
                                new Money(EuroReferenceRates.EUR, eur.setScale(2, RoundingMode.HALF_UP)))));
            }
        }
        if (legs.size() < 2) {
            return Optional.empty();
        }
        Comparator<Leg> byEur = Comparator.comparing(Leg::priceEur).thenComparing(leg -> leg.source().code());
        Leg cheapest = legs.stream().min(byEur).orElseThrow();
        Leg dearest = legs.stream().max(byEur).orElseThrow();
        Money gap = dearest.priceEur().minus(cheapest.priceEur());
        return Optional.of(new CrossSourceSpread(card, variant, cheapest, dearest, gap,
                MarketVerdict.percentOf(gap.amount(), cheapest.priceEur().amount())));
    }
}
