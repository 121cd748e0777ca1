package io.cardvault.domain.price;

import io.cardvault.domain.catalogue.VariantId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One line of the card chart: a variant, raw or one slab, in one currency, as daily medians over
 * every source quoting it that day. Keys read {@code normal_raw}, {@code normal_PSA_10},
 * {@code holofoil_graded_9} (a company-agnostic grade, never shown as PSA); a non-USD line gets its
 * currency appended ({@code normal_raw_eur}) so EUR and USD never share one number. Source buckets
 * whose grade meaning is unknown ({@code pc17}) are not charted.
 */
public record ChartSeries(String key, String label, String variant, Grading grading, Currency currency,
                          NavigableMap<LocalDate, BigDecimal> points) {

    private static final Currency USD = Currency.getInstance("USD");

    public int totalPoints() {
        return points.size();
    }

    /** The lines with at least {@code minPoints} days, most days first (then by key). */
    public static List<ChartSeries> of(List<PriceSnapshot> snapshots, Function<VariantId, String> variantNames, int minPoints) {
        Map<String, List<PriceSnapshot>> byKey = new LinkedHashMap<>();
        for (PriceSnapshot snapshot : snapshots) {
            if (snapshot.isGraded() && snapshot.grading().isUnknownBucket()) {
                continue;
            }
            byKey.computeIfAbsent(keyOf(snapshot, variantNames.apply(snapshot.variant())), k -> new ArrayList<>()).add(snapshot);
        }
        List<ChartSeries> series = new ArrayList<>();
        byKey.forEach((key, members) -> {
            NavigableMap<LocalDate, BigDecimal> medians = DailyMedians.of(members.stream()
                    .map(s -> new AbstractMap.SimpleImmutableEntry<>(s.day(), s.marketPrice().amount()))
                    .collect(Collectors.toList()));
            if (medians.size() >= minPoints) {
                PriceSnapshot first = members.get(0);
                String variant = variantNames.apply(first.variant());
                series.add(new ChartSeries(key, labelOf(first, variant), variant, first.grading(),
                        first.marketPrice().currency(), medians));
            }
        });
        series.sort(Comparator.comparingInt(ChartSeries::totalPoints).reversed().thenComparing(ChartSeries::key));
        return series;
    }

    static String keyOf(PriceSnapshot snapshot, String variant) {
        String grading = !snapshot.isGraded() ? "raw"
                : snapshot.grading().company() == GradingCompany.OTHER ? "graded_" + snapshot.grading().grade()
                : snapshot.grading().company().code().toUpperCase(Locale.ROOT) + "_" + snapshot.grading().grade();
        Currency currency = snapshot.marketPrice().currency();
        return variant + "_" + grading + (currency.equals(USD) ? "" : "_" + currency.getCurrencyCode().toLowerCase(Locale.ROOT));
    }

    static String labelOf(PriceSnapshot snapshot, String variant) {
        String name = Arrays.stream(variant.split("[_\\-\\s]+")).filter(word -> !word.isEmpty())
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1)).collect(Collectors.joining(" "));
        String grading = !snapshot.isGraded() ? "Raw"
                : snapshot.grading().company() == GradingCompany.OTHER ? "Graded " + snapshot.grading().grade()
                : snapshot.grading().company().code().toUpperCase(Locale.ROOT) + " " + snapshot.grading().grade();
        Currency currency = snapshot.marketPrice().currency();
        return name + " · " + grading + (currency.equals(USD) ? "" : " (" + currency.getCurrencyCode() + ")");
    }
}
