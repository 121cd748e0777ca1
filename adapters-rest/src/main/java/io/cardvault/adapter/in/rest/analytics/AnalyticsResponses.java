package io.cardvault.adapter.in.rest.analytics;

import io.cardvault.application.port.in.analytics.CardPrediction;
import io.cardvault.application.port.in.analytics.CardPriceIntelligence;
import io.cardvault.application.port.in.analytics.ExchangeRate;
import io.cardvault.application.port.in.analytics.SourcePricePage;
import io.cardvault.application.port.in.analytics.TrendSummary;
import io.cardvault.domain.analytics.BuySellSpread;
import io.cardvault.domain.analytics.CrossSourceSpread;
import io.cardvault.domain.analytics.DailyPrice;
import io.cardvault.domain.analytics.HotCard;
import io.cardvault.domain.analytics.MarketTotals;
import io.cardvault.domain.analytics.MarketVerdict;
import io.cardvault.domain.analytics.Mover;
import io.cardvault.domain.analytics.PricePrediction;
import io.cardvault.domain.analytics.SourcePrice;
import io.cardvault.domain.analytics.StashScore;
import io.cardvault.domain.analytics.Velocity;
import io.cardvault.domain.shared.Money;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The market-intelligence payloads, in the contract's snake_case shapes (see docs/analytics.md for every field). */
public final class AnalyticsResponses {

    private AnalyticsResponses() {
    }

    static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** The amount as the spec writes money, two decimals (its currency is a field of its own). */
    static BigDecimal money(Money amount) {
        return amount == null ? null : money(amount.amount());
    }

    static String instant(LocalDate day) {
        return day == null ? null : day.atStartOfDay().atOffset(ZoneOffset.UTC).toInstant().toString();
    }

    public record MoverItem(long cardId, String name, String setName, String tcgSlug, BigDecimal currentPrice, String currency,
                            double changePct, BigDecimal changeAbs, Double volatility) {
        static MoverItem from(Mover mover) {
            return new MoverItem(mover.card().id(), mover.card().name(), mover.card().setName(), mover.card().tcgSlug(),
                    money(mover.currentPrice()), mover.currency().getCurrencyCode(), mover.changePct(), money(mover.changeAbs()),
                    mover.volatility());
        }
    }

    public record MoversResponse(List<MoverItem> gainers, List<MoverItem> losers, List<MoverItem> mostVolatile, String period,
                                 String tcg) {
        static MoversResponse from(Mover.Ranking ranking, String period, String tcg) {
            return new MoversResponse(ranking.gainers().stream().map(MoverItem::from).toList(),
                    ranking.losers().stream().map(MoverItem::from).toList(),
                    ranking.mostVolatile().stream().map(MoverItem::from).toList(), period, tcg);
        }
    }

    public record SpreadLeg(String source, BigDecimal price, String currency, BigDecimal priceEur) {
        static SpreadLeg from(CrossSourceSpread.Leg leg) {
            return new SpreadLeg(leg.source().code(), money(leg.price()), leg.currency().getCurrencyCode(), money(leg.priceEur()));
        }
    }

    public record SpreadItem(long cardId, String name, String setName, String tcgSlug, String variant, SpreadLeg cheapest,
                             SpreadLeg mostExpensive, BigDecimal spreadEur, double spreadPct) {
        static SpreadItem from(CrossSourceSpread spread) {
            return new SpreadItem(spread.card().id(), spread.card().name(), spread.card().setName(), spread.card().tcgSlug(),
                    spread.variant(), SpreadLeg.from(spread.cheapest()), SpreadLeg.from(spread.dearest()), money(spread.spreadEur()),
                    spread.spreadPct());
        }
    }

    public record ItemsResponse<T>(List<T> items, long total, int limit, int offset) {
    }

    public record SpreadsResponse(List<SpreadItem> items, long total, int limit, int offset, double minSpreadPct) {
    }

    public record StatsResponse(long totalCards, long totalPrices, long totalSets, int tcgsCovered, List<String> sources,
                                String lastUpdate) {
        static StatsResponse from(MarketTotals totals) {
            return new StatsResponse(totals.totalCards(), totals.totalPrices(), totals.totalSets(), totals.tcgsCovered(),
                    totals.sources(), totals.lastUpdate() == null ? null : totals.lastUpdate().toString());
        }
    }

    public record HotItem(long cardId, String name, String setName, String tcgSlug, BigDecimal currentPrice, String currency,
                          @JsonbProperty("change_7d_pct") Double change7dPct, @JsonbProperty("sales_7d") int sales7d,
                          @JsonbProperty("price_updates_7d") int priceUpdates7d, int sources, double heat) {
        static HotItem from(HotCard hot) {
            return new HotItem(hot.card().id(), hot.card().name(), hot.card().setName(), hot.card().tcgSlug(),
                    money(hot.currentPrice()), hot.currency().getCurrencyCode(), hot.change7dPct(), hot.sales7d(),
                    hot.priceUpdates7d(), hot.sources(), hot.heat());
        }
    }

    public record PricePoint(String date, BigDecimal price) {
        static PricePoint from(DailyPrice point) {
            return new PricePoint(point.day().toString(), money(point.price()));
        }
    }

    public record PredictionResponse(long cardId, String cardName, String variant, String source, BigDecimal currentPrice,
                                     BigDecimal predictedPrice, Double predictedChangePct, String confidence, int dataPoints,
                                     String trend, Double slopePerDay, int daysAhead, List<PricePoint> futurePoints) {
        static PredictionResponse from(CardPrediction card, int daysAhead) {
            PricePrediction p = card.prediction();
            if (p == null) {
                return new PredictionResponse(card.card().id(), card.card().name(), card.variant(), card.source(), null, null, null, "low", 0,
                        null, null, daysAhead, List.of());
            }
            return new PredictionResponse(card.card().id(), card.card().name(), card.variant(), card.source(), money(p.currentPrice()),
                    money(p.predictedPrice()), p.predictedChangePct(), p.confidence().code(), p.dataPoints(), p.trend().code(),
                    p.slopePerDay(), daysAhead, p.futurePoints().stream().map(PricePoint::from).toList());
        }
    }

    public record ScopeResponse(String variant, String gradingCompany, String grade) {
    }

    public record CurrentResponse(BigDecimal price, String currency, String recordedAt, String source) {
    }

    public record DeltaResponse(BigDecimal abs, Double pct, boolean anomaly) {
    }

    public record AllTimeHigh(BigDecimal price, String date) {
    }

    public record VerdictSource(String source, String label, BigDecimal median, int sampleSize, double weight, boolean agrees,
                                double deltaPct) {
    }

    public record VerdictResponse(BigDecimal price, String currency, String confidence, int agreeingSources,
                                  int consideredSources, double spreadPct, String regionBias, List<VerdictSource> sources) {
        static VerdictResponse from(MarketVerdict verdict) {
            return verdict == null ? null : new VerdictResponse(money(verdict.price()), verdict.currency().getCurrencyCode(),
                    verdict.confidence(), verdict.agreeingSources(), verdict.consideredSources(), verdict.spreadPct(),
                    verdict.regionBias(), verdict.sources().stream().map(view -> new VerdictSource(view.source().code(),
                            view.source().label(), money(view.median()), view.sampleSize(), view.weight(), view.agrees(),
                            view.deltaPct())).toList());
        }
    }

    public record TierResponse(BigDecimal buy, BigDecimal mid, BigDecimal sell) {
    }

    public record BuySellResponse(String currency, Map<String, TierResponse> tiers) {
        static BuySellResponse from(BuySellSpread spread) {
            if (spread == null) {
                return null;
            }
            Map<String, TierResponse> tiers = new LinkedHashMap<>();
            spread.tiers().forEach((name, tier) -> tiers.put(name, new TierResponse(money(tier.buy()), money(tier.mid()), money(tier.sell()))));
            return new BuySellResponse(spread.currency().getCurrencyCode(), tiers);
        }
    }

    public record VelocityResponse(String label, @JsonbProperty("sample_30d") int sample30d, String tier) {
        static VelocityResponse from(Velocity velocity) {
            return velocity == null ? null : new VelocityResponse(velocity.label(), velocity.sample30d(), velocity.tier());
        }
    }

    public record TrendSummaryResponse(long cardId, ScopeResponse scope, CurrentResponse current, Map<String, DeltaResponse> deltas,
                                       AllTimeHigh allTimeHigh, @JsonbProperty("sales_volume_30d") @JsonbNillable Integer salesVolume30d,
                                       int pointCount,
                                       VerdictResponse marketVerdict, BuySellResponse buySellSpread, VelocityResponse velocity) {
        static TrendSummaryResponse from(TrendSummary summary) {
            Map<String, DeltaResponse> deltas = new LinkedHashMap<>();
            summary.deltas().forEach(delta -> deltas.put("d" + delta.days(),
                    new DeltaResponse(money(delta.abs()), delta.pct(), delta.anomaly())));
            TrendSummary.Current current = summary.current();
            return new TrendSummaryResponse(summary.cardId().value(),
                    new ScopeResponse(summary.variant(), summary.gradingCompany(), summary.grade()),
                    current == null ? null : new CurrentResponse(money(current.price()), current.currency().getCurrencyCode(),
                            instant(current.recordedOn()), current.source()),
                    deltas,
                    summary.allTimeHigh() == null ? null
                            : new AllTimeHigh(money(summary.allTimeHigh().price()), summary.allTimeHigh().day().toString()),
                    summary.salesVolume30d(), summary.pointCount(), VerdictResponse.from(summary.marketVerdict()),
                    BuySellResponse.from(summary.buySellSpread()), VelocityResponse.from(summary.velocity()));
        }
    }

    public record ComponentsResponse(Integer priceMomentum, Integer rarity, Integer liquidity, Integer sourceAgreement) {
    }

    public record StashScoreResponse(long cardId, Integer score, ComponentsResponse components, String label) {
        static StashScoreResponse from(long cardId, StashScore score) {
            return new StashScoreResponse(cardId, score.score(), new ComponentsResponse(score.priceMomentum(), score.rarity(),
                    score.liquidity(), score.sourceAgreement()), score.label());
        }
    }

    public record PriceSummary(BigDecimal marketPriceEur, BigDecimal lowEur, BigDecimal highEur, double confidence) {
    }

    public record SourceBreakdownItem(String source, BigDecimal medianEur, int nListings) {
    }

    public record PriceIntelligenceResponse(long cardId, PriceSummary priceSummary, List<SourceBreakdownItem> sourceBreakdown,
                                            List<String> correlationNotes) {
        static PriceIntelligenceResponse from(CardPriceIntelligence answer) {
            return new PriceIntelligenceResponse(answer.cardId().value(), answer.summary() == null ? null
                    : new PriceSummary(money(answer.summary().price()), money(answer.summary().low()), money(answer.summary().high()),
                            answer.summary().confidence()),
                    answer.sources().stream().map(source -> new SourceBreakdownItem(source.source(), source.medianEur(),
                            source.nListings())).toList(), answer.notes());
        }
    }

    public record SourcePriceItem(long cardId, String name, String source, String variant, String foilStatus, String condition,
                                  BigDecimal price, String currency, BigDecimal priceEur, String recordedAt) {
        static SourcePriceItem from(SourcePrice row) {
            return new SourcePriceItem(row.cardId(), row.cardName(), row.source(), row.variant(), row.foilStatus(), "NM",
                    money(row.price()), row.currency().getCurrencyCode(), row.priceEur(), instant(row.recordedOn()));
        }
    }

    static ItemsResponse<SourcePriceItem> from(SourcePricePage page) {
        return new ItemsResponse<>(page.items().stream().map(SourcePriceItem::from).toList(), page.total(), page.limit(),
                page.offset());
    }

    public record FxResponse(String fromCurrency, String toCurrency, BigDecimal rate, String date, String source, String base) {
        static FxResponse from(ExchangeRate rate) {
            return new FxResponse(rate.from().getCurrencyCode(), rate.to().getCurrencyCode(), rate.rate(), rate.day().toString(),
                    "ecb", "EUR");
        }
    }
}
