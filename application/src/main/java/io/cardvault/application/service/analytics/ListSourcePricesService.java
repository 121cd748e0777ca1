package io.cardvault.application.service.analytics;

import io.cardvault.application.port.in.analytics.ListSourcePricesUseCase;
import io.cardvault.application.port.in.analytics.SourcePricePage;
import io.cardvault.application.port.in.analytics.SourcePriceQuery;
import io.cardvault.application.port.out.ExchangeRatesStorePort;
import io.cardvault.application.port.in.analytics.RecomputeMarketAggregatesUseCase;
import io.cardvault.application.port.out.LoadMarketAnalyticsPort;
import io.cardvault.application.port.out.MarketAggregatesCachePort;
import io.cardvault.application.port.out.analytics.SourcePriceCounts;
import io.cardvault.application.port.out.analytics.SourcePriceFilter;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.analytics.EuroReferenceRates;
import io.cardvault.domain.analytics.SourcePrice;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Newest headline values per source, with their EUR value; a condition other than NM matches nothing
 * (all values are near mint). The total comes from the counts the background recompute caches (as of
 * that recompute); the page is an index walk, skipped when the offset is past the total: no request
 * counts over the whole store.
 */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class ListSourcePricesService implements ListSourcePricesUseCase {

    private final LoadMarketAnalyticsPort market;
    private final ExchangeRatesStorePort rates;
    private final MarketAggregatesCachePort cache;
    private final RecomputeMarketAggregatesUseCase recompute;

    @Inject
    public ListSourcePricesService(LoadMarketAnalyticsPort market, ExchangeRatesStorePort rates, MarketAggregatesCachePort cache,
                                   RecomputeMarketAggregatesUseCase recompute) {
        this.market = market;
        this.rates = rates;
        this.cache = cache;
        this.recompute = recompute;
    }

    /** For CDI's client proxy only. */
    protected ListSourcePricesService() {
        this(null, null, null, null);
    }

    @Override
    public SourcePricePage list(SourcePriceQuery query) {
        if (query.condition().filter(condition -> !"NM".equals(condition)).isPresent()) {
            return new SourcePricePage(List.of(), 0, query.limit(), query.offset());
        }
        SourcePriceFilter filter = new SourcePriceFilter(query.source(),
                query.foilStatus().map(GetCardPriceIntelligenceService::finishes).orElse(List.of()));
        long total = MarketAggregates.view(cache, recompute, MarketViews.SOURCE_PRICE_COUNTS, SourcePriceCounts.class)
                .orElse(SourcePriceCounts.NONE).total(filter);
        if (query.offset() >= total) {
            return new SourcePricePage(List.of(), total, query.limit(), query.offset());
        }
        Optional<EuroReferenceRates> fx = rates.latest();
        List<SourcePrice> items = market.sourcePrices(filter, query.limit(), query.offset()).stream().map(row -> new SourcePrice(row.cardId(), row.cardName(), row.source(),
                row.variant(), row.foilStatus(), row.price(), row.currency(),
                (EuroReferenceRates.EUR.equals(row.currency()) ? Optional.of(row.price())
                        : fx.flatMap(known -> known.convert(row.price(), row.currency(), EuroReferenceRates.EUR)))
                        .map(eur -> eur.setScale(2, RoundingMode.HALF_UP)).orElse(null),
                row.recordedOn())).toList();
        return new SourcePricePage(items, total, query.limit(), query.offset());
    }
}
