package io.cardvault.adapter.in.rest.price;

import io.cardvault.application.port.in.price.AnalysedSnapshots;
import io.cardvault.application.port.in.price.CardPriceView;
import io.cardvault.application.port.in.price.SalesBucket;
import io.cardvault.application.port.in.price.SeriesPerformance;
import io.cardvault.application.port.in.price.SnapshotSeries;
import io.cardvault.application.port.in.price.SoldComps;
import io.cardvault.domain.price.CardPriceSummary;
import io.cardvault.domain.price.ChartSeries;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.PriceAnalysis;
import io.cardvault.domain.price.PricePoint;
import io.cardvault.domain.price.SetPriceStats;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The legacy price bodies, field for field as the contract prints them (docs in README "API decisions"). */
final class PriceResponses {

    private PriceResponses() {
    }

    /** {@code GET /api/cards/{id}/history}. */
    public record HistoryResponse(long cardId, List<HistoryPoint> snapshots, Analysis analysis) {
        static HistoryResponse from(long cardId, AnalysedSnapshots history) {
            return new HistoryResponse(cardId, history.snapshots().stream()
                    .map(s -> new HistoryPoint(s.day().toString(), PriceParams.legacySource(s.source()), s.marketPrice().amount()))
                    .toList(), Analysis.from(history.analysis()));
        }
    }

    public record HistoryPoint(String date, String source, BigDecimal marketPrice) {
    }

    public record Analysis(@JsonbProperty("change_7d") @JsonbNillable BigDecimal change7d,
                           @JsonbProperty("change_30d") @JsonbNillable BigDecimal change30d,
                           @JsonbProperty("change_90d") @JsonbNillable BigDecimal change90d,
                           BigDecimal volatility, String trend) {
        static Analysis from(PriceAnalysis analysis) {
            return new Analysis(analysis.change7d(), analysis.change30d(), analysis.change90d(), analysis.volatility(),
                    analysis.trend() == null ? null : analysis.trend().code());
        }
    }

    /** {@code GET /api/cards/{id}/chart}. */
    public record ChartResponse(long cardId, List<ChartLine> series, int totalSeries, int minPoints) {
        static ChartResponse from(long cardId, List<ChartSeries> series, int minPoints) {
            return new ChartResponse(cardId, series.stream().map(ChartLine::from).toList(), series.size(), minPoints);
        }
    }

    public record ChartLine(String key, String label, String variant, String gradingCompany, String grade, String currency,
                            int totalPoints, List<ChartPoint> points) {
        static ChartLine from(ChartSeries series) {
            Grading grading = series.grading();
            return new ChartLine(series.key(), series.label(), series.variant(),
                    grading == null ? null : PriceParams.upper(grading.company().code()), grading == null ? null : grading.grade(),
                    series.currency().getCurrencyCode(), series.totalPoints(), series.points().entrySet().stream()
                    .map(point -> new ChartPoint(point.getKey().toString(), point.getValue())).toList());
        }
    }

    public record ChartPoint(String date, BigDecimal price) {
    }

    /** {@code GET /api/cards/{id}/snapshots}. */
    public record SnapshotsResponse(long cardId, String source, String variant, int days, List<SnapshotPoint> points,
                                    int count) {
        static SnapshotsResponse from(long cardId, SnapshotSeries series, Optional<String> variant, int days) {
            List<SnapshotPoint> points = series.snapshots().stream().map(s -> new SnapshotPoint(s.day().toString(),
                    series.variantName(s.variant()), s.marketPrice().currency().getCurrencyCode(),
                    s.isGraded() ? PriceParams.upper(s.grading().company().code()) : null,
                    s.isGraded() ? s.grading().grade() : null, s.marketPrice().amount())).toList();
            return new SnapshotsResponse(cardId, series.source().map(PriceParams::legacySource).orElse(null),
                    variant.orElse(null), days, points, points.size());
        }
    }

    public record SnapshotPoint(String date, String variant, String currency, String gradingCompany, String grade,
                                BigDecimal marketPrice) {
    }

    /** {@code GET /api/cards/{id}/ebay-sales}. */
    public record EbaySalesResponse(long cardId, int days, String gradingCompany, String grade, List<EbayDay> sales,
                                    List<EbaySummary> summary, int totalSalesPoints, int totalGrades) {
        static EbaySalesResponse from(long cardId, int days, Optional<String> company, Optional<String> grade, SoldComps comps) {
            return new EbaySalesResponse(cardId, days, company.map(PriceParams::upper).orElse(null), grade.orElse(null),
                    comps.sales().stream().map(day -> new EbayDay(day.date().toString(), companyOf(day.grading()),
                            gradeOf(day.grading()), day.averagePrice())).toList(),
                    comps.summary().stream().map(s -> new EbaySummary(companyOf(s.grading()), gradeOf(s.grading()),
                            s.averagePrice(), s.medianPrice(), s.minPrice(), s.maxPrice(), s.count())).toList(),
                    comps.points(), comps.summary().size());
        }
    }

    public record EbayDay(String date, String gradingCompany, String grade, BigDecimal averagePrice) {
    }

    public record EbaySummary(String gradingCompany, String grade, BigDecimal averagePrice, BigDecimal medianPrice,
                              BigDecimal minPrice, BigDecimal maxPrice, int count) {
    }

    static String companyOf(Optional<Grading> grading) {
        return grading.map(g -> PriceParams.upper(g.company().code())).orElse(null);
    }

    static String gradeOf(Optional<Grading> grading) {
        return grading.map(Grading::grade).orElse(null);
    }

    /** {@code GET /api/cards/{id}/sales}: always the bucket fallback here (no per-sale rows are ingested). */
    public record SalesResponse(long cardId, List<SaleRow> sales, int count, int windowDays, String source, SalesFilter filter) {
        static final String BUCKET_SOURCE = "history_buckets";

        static SalesResponse from(long cardId, CardPriceView<SalesBucket> view, int windowDays, Optional<String> language,
                                  Optional<String> variant) {
            String cardLanguage = view.card().card().language();
            List<SaleRow> rows = view.items().stream().map(bucket -> new SaleRow(PriceParams.midnightOffset(bucket.start()),
                    PriceParams.legacySource(bucket.source()), null, view.variantName(bucket.variant()),
                    bucket.grading().map(g -> label(g)).orElse(null), companyOf(bucket.grading()), gradeOf(bucket.grading()),
                    bucket.median().amount(), bucket.sample(), bucket.median().currency().getCurrencyCode(), null, null, null,
                    cardLanguage, "bucket_median")).toList();
            return new SalesResponse(cardId, rows, rows.size(), windowDays, BUCKET_SOURCE,
                    new SalesFilter(language.orElse(null), variant.orElse(null)));
        }

        private static String label(Grading grading) {
            return (grading.company().code().equals("other") ? "Graded" : PriceParams.upper(grading.company().code()))
                    + " " + grading.grade();
        }
    }

    public record SaleRow(String date, String source, String condition, String variant, String grade, String gradingCompany,
                          String gradeValue, BigDecimal price, int sample, String currency, String link, String title,
                          String imageUrl, String language, String priceType) {
    }

    public record SalesFilter(String language, String variant) {
    }

    /** A stored price row of {@code /prices/latest} and {@code /prices/range}. */
    public record PriceRow(String date, String source, String variant, String priceType, String gradingCompany, String grade,
                           String currency, BigDecimal amount) {
        static PriceRow from(PricePoint point, CardPriceView<PricePoint> view) {
            Grading grading = point.series().grading();
            return new PriceRow(point.asOf().toString(), PriceParams.legacySource(point.series().source()),
                    view.variantName(point.series().variant()), point.series().type().code(),
                    grading == null ? null : PriceParams.upper(grading.company().code()), grading == null ? null : grading.grade(),
                    point.amount().currency().getCurrencyCode(), point.amount().amount());
        }
    }

    public record LatestPricesResponse(long cardId, int limit, List<PriceRow> prices, int count) {
        static LatestPricesResponse from(long cardId, int limit, CardPriceView<PricePoint> view) {
            List<PriceRow> rows = view.items().stream().map(point -> PriceRow.from(point, view)).toList();
            return new LatestPricesResponse(cardId, limit, rows, rows.size());
        }
    }

    public record PriceRangeResponse(long cardId, String startDate, String endDate, List<PriceRow> prices, int count) {
        static PriceRangeResponse from(long cardId, LocalDate from, LocalDate to, CardPriceView<PricePoint> view) {
            List<PriceRow> rows = view.items().stream().map(point -> PriceRow.from(point, view)).toList();
            return new PriceRangeResponse(cardId, from.toString(), to.toString(), rows, rows.size());
        }
    }

    /** {@code GET /api/cards/{id}/performance}. */
    public record PerformanceResponse(long cardId, String period, List<PerformanceLine> series) {
        static PerformanceResponse from(long cardId, String period, CardPriceView<SeriesPerformance> view) {
            return new PerformanceResponse(cardId, period, view.items().stream().map(p -> new PerformanceLine(
                    PriceParams.legacySource(p.source()), view.variantName(p.variant()), p.currency().getCurrencyCode(),
                    p.startDate().toString(), p.startPrice(), p.endDate().toString(), p.endPrice(), p.changeAbs(),
                    p.changePct(), p.high(), p.low(), p.points())).toList());
        }
    }

    public record PerformanceLine(String source, String variant, String currency, String startDate, BigDecimal startPrice,
                                  String endDate, BigDecimal endPrice, BigDecimal changeAbs, BigDecimal changePct,
                                  BigDecimal high, BigDecimal low, int points) {
    }

    /** {@code GET /api/sets/{id}/stats}. */
    public record SetStatsResponse(long setId, int cardCount, BigDecimal minPrice, BigDecimal maxPrice, BigDecimal avgPrice,
                                   BigDecimal totalValue) {
        static SetStatsResponse from(SetPriceStats stats) {
            return new SetStatsResponse(stats.setId(), stats.cardCount(), stats.minPrice(), stats.maxPrice(), stats.avgPrice(),
                    stats.totalValue());
        }
    }

    /** A card of top-cards and most-valuable. */
    public record RankedCard(long cardId, String name, String number, String rarity, String imageUrl, BigDecimal bestPrice,
                             String tcgSlug) {
        static RankedCard from(CardPriceSummary summary) {
            return new RankedCard(summary.card().id(), summary.card().name(), summary.card().localId(),
                    summary.card().rarity(), summary.card().imageUrl().orElse(null), summary.bestPrice().amount(),
                    summary.card().gameSlug());
        }
    }

    /** A card of trending: a ranked card and its seven-day change (percent). */
    public record TrendingCard(long cardId, String name, String number, String rarity, String imageUrl, BigDecimal bestPrice,
                               @JsonbProperty("price_change_7d") @JsonbNillable BigDecimal priceChange7d, String tcgSlug) {
        static TrendingCard from(CardPriceSummary summary) {
            return new TrendingCard(summary.card().id(), summary.card().name(), summary.card().localId(),
                    summary.card().rarity(), summary.card().imageUrl().orElse(null), summary.bestPrice().amount(),
                    summary.priceChange7d(),
                    summary.card().gameSlug());
        }
    }
}
