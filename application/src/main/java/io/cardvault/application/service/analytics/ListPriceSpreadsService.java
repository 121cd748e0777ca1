package io.cardvault.application.service.analytics;

import io.cardvault.application.port.in.analytics.ListPriceSpreadsUseCase;
import io.cardvault.application.port.in.analytics.RecomputeMarketAggregatesUseCase;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.out.MarketAggregatesCachePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.analytics.CrossSourceSpread;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Cross-source spreads from the cache, widest first, at least {@code minSpreadPct} wide. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class ListPriceSpreadsService implements ListPriceSpreadsUseCase {

    private final MarketAggregatesCachePort cache;
    private final RecomputeMarketAggregatesUseCase recompute;

    @Inject
    public ListPriceSpreadsService(MarketAggregatesCachePort cache, RecomputeMarketAggregatesUseCase recompute) {
        this.cache = cache;
        this.recompute = recompute;
    }

    /** For CDI's client proxy only. */
    protected ListPriceSpreadsService() {
        this(null, null);
    }

    @Override
    public List<CrossSourceSpread> spreads(Optional<String> tcg, double minSpreadPct, int limit) {
        String game = tcg.orElse(MarketViews.ALL);
        return MarketAggregates.view(cache, recompute, MarketViews.spreads(game), MarketViews.Spreads.class)
                .orElseThrow(() -> new CatalogueEntryNotFoundException(CatalogueEntryNotFoundException.Entry.GAME, game))
                .items().stream().filter(spread -> spread.spreadPct() >= minSpreadPct).limit(limit).toList();
    }
}
