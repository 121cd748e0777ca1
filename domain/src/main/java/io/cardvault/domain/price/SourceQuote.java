package io.cardvault.domain.price;

import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One source's raw quote for one variant as the legacy price rows show it: its market price (the
 * source's headline type, see {@link #MARKET_TYPES}), low and high when the source publishes them,
 * the market price's date, and whether that price came from the sandbox market. Graded prices and
 * dealer quotes are never a market price.
 */
public record SourceQuote(PriceSource source, VariantId variant, Money marketPrice, Money lowPrice, Money highPrice,
                          LocalDate asOf, boolean sandbox) {

    /**
     * The headline a source's market price is, first present wins: Cardmarket's trend, TCGplayer's
     * market, PriceCharting's loose (raw_us), Cardmarket's raw_eu, an eBay sold comp, then averages.
     * The daily snapshot uses the same choice.
     */
    public static final List<PriceType> MARKET_TYPES = List.of(PriceType.TREND, PriceType.MARKET, PriceType.RAW_US,
            PriceType.RAW_EU, PriceType.LAST_SOLD, PriceType.AVG30, PriceType.AVG7, PriceType.AVG, PriceType.MID);

    public SourceQuote {
        InvalidPriceDataException.require(source != null && variant != null && marketPrice != null && asOf != null,
                "a quote needs a source, a variant, a market price and a date");
    }

    public Optional<Money> low() {
        return Optional.ofNullable(lowPrice);
    }

    public Optional<Money> high() {
        return Optional.ofNullable(highPrice);
    }

    /** One quote per (source, variant) that has a market price, in source then variant order. */
    public static List<SourceQuote> of(List<PricePoint> latest) {
        Map<PriceSource, Map<VariantId, Map<PriceType, PricePoint>>> grouped = new EnumMap<>(PriceSource.class);
        for (PricePoint point : latest) {
            PriceSeries series = point.series();
            if (series.isGraded() || series.type().isRetailQuote() || point.outlier()) {
                continue;
            }
            grouped.computeIfAbsent(series.source(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(series.variant(), v -> new EnumMap<>(PriceType.class))
                    .merge(series.type(), point, (a, b) -> a.asOf().isAfter(b.asOf()) ? a : b);
        }
        List<SourceQuote> quotes = new ArrayList<>();
        grouped.forEach((source, variants) -> variants.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparingLong(VariantId::value)))
                .forEach(entry -> quote(source, entry.getKey(), entry.getValue()).ifPresent(quotes::add)));
        return quotes;
    }

    private static Optional<SourceQuote> quote(PriceSource source, VariantId variant, Map<PriceType, PricePoint> byType) {
        return MARKET_TYPES.stream().filter(byType::containsKey).findFirst().map(byType::get)
                .map(market -> new SourceQuote(source, variant, market.amount(),
                        amount(byType, PriceType.LOW), amount(byType, PriceType.HIGH), market.asOf(),
                        market.sandbox()));
    }

    private static Money amount(Map<PriceType, PricePoint> byType, PriceType type) {
        PricePoint point = byType.get(type);
        return point == null ? null : point.amount();
    }
}
