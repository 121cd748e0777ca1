package io.cardvault.application.service.analytics;

import io.cardvault.application.port.in.analytics.ListSourcePricesUseCase;
import io.cardvault.application.port.in.analytics.SourcePricePage;
import io.cardvault.application.port.in.analytics.SourcePriceQuery;
import io.cardvault.application.port.out.ExchangeRatesStorePort;
import io.cardvault.application.port.out.LoadMarketAnalyticsPort;
import io.cardvault.application.port.out.analytics.SourcePriceFilter;
import io.cardvault.application.port.out.analytics.SourcePriceRows;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.analytics.EuroReferenceRates;
import io.cardvault.domain.analytics.SourcePrice;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** Newest headline values per source, with their EUR value; a condition other than NM matches nothing (all values are near mint). */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class ListSourcePricesService implements ListSourcePricesUseCase {

    private final LoadMarketAnalyticsPort market;
    private final ExchangeRatesStorePort rates;

    @Inject
    public ListSourcePricesService(LoadMarketAnalyticsPort market, ExchangeRatesStorePort rates) {
        this.market = market;
        this.rates = rates;
    }

    /** For CDI's client proxy only. */
    protected ListSourcePricesService() {
        this(null, null);
    }

    @Override
    public SourcePricePage list(SourcePriceQuery query) {
        if (query.condition().filter(condition -> !"NM".equals(condition)).isPresent()) {
            return new SourcePricePage(List.of(), 0, query.limit(), query.offset());
        }
        SourcePriceRows rows = market.sourcePrices(new SourcePriceFilter(query.source(),
                query.foilStatus().map(GetCardPriceIntelligenceService::finishes).orElse(List.of())), query.limit(), query.offset());
        Optional<EuroReferenceRates> fx = rates.latest();
        List<SourcePrice> items = rows.rows().stream().map(row -> new SourcePrice(row.cardId(), row.cardName(), row.source(),
                row.variant(), row.foilStatus(), row.price(), row.currency(),
                (EuroReferenceRates.EUR.equals(row.currency()) ? Optional.of(row.price())
                        : fx.flatMap(known -> known.convert(row.price(), row.currency(), EuroReferenceRates.EUR)))
                        .map(eur -> eur.setScale(2, RoundingMode.HALF_UP)).orElse(null),
                row.recordedOn())).toList();
        return new SourcePricePage(items, rows.total(), query.limit(), query.offset());
    }
}
