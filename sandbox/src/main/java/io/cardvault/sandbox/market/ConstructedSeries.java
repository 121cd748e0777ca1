package io.cardvault.sandbox.market;

import io.cardvault.domain.price.PricedVariant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The sandbox market's constructed showcase series (docs/analytics.md, "Sandbox showcase series"):
 * three cards of Celebrations (set {@code cel25}) follow a known curve instead of the random walk,
 * so integration tests and demos can check the analytics by hand. Every variant of the card gets
 * the curve, on every source, without spikes or noise; as everywhere in the sandbox the price is a
 * pure function of the day, so any window of days ends on the same relation:
 * <ul>
 *   <li>{@code cel25} #1 (Ho-Oh) rises exactly 10 % every 30 days: US$ 20.00 on 2026-01-01 × 1.1^(days/30);</li>
 *   <li>{@code cel25} #4 (Palkia) falls exactly 10 % every 30 days: US$ 200.00 on 2026-01-01 × 0.9^(days/30);</li>
 *   <li>{@code cel25} #3 (Kyogre) stays at US$ 15.00.</li>
 * </ul>
 * Cardmarket's EUR is the USD price × 0.92 exactly; the other columns derive from these as for any card.
 * (Not #2: Reshiram shares its Cardmarket and TCGplayer ids with a Classic Collection card, so its
 * quotes join that card.)
 */
enum ConstructedSeries {
    RISING("1", 20.0, 1.10),
    FALLING("4", 200.0, 0.90),
    FLAT("3", 15.0, 1.0);

    static final String SET = "cel25";
    static final LocalDate ANCHOR = LocalDate.of(2026, 1, 1);
    static final double EUR_PER_USD = 0.92;

    private final String collectorNumber;
    private final double anchorUsd;
    private final double factorPer30Days;

    ConstructedSeries(String collectorNumber, double anchorUsd, double factorPer30Days) {
        this.collectorNumber = collectorNumber;
        this.anchorUsd = anchorUsd;
        this.factorPer30Days = factorPer30Days;
    }

    static Optional<ConstructedSeries> of(PricedVariant variant) {
        if (!SET.equals(variant.setExternalId()) || variant.collectorNumber() == null) {
            return Optional.empty();
        }
        String number = variant.collectorNumber();
        int slash = number.indexOf('/');
        String local = slash < 0 ? number : number.substring(0, slash); // "1/25" is printed number 1 of 25
        for (ConstructedSeries series : values()) {
            if (series.collectorNumber.equals(local)) {
                return Optional.of(series);
            }
        }
        return Optional.empty();
    }

    double usd(LocalDate day) {
        return anchorUsd * Math.pow(factorPer30Days, ChronoUnit.DAYS.between(ANCHOR, day) / 30.0);
    }

    double eur(LocalDate day) {
        return usd(day) * EUR_PER_USD;
    }
}
