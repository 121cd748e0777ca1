package io.cardvault.application.service.analytics;

import io.cardvault.application.port.in.analytics.ListLegacyMoversUseCase;
import io.cardvault.application.port.in.analytics.RecomputeMarketAggregatesUseCase;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.out.MarketAggregatesCachePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.analytics.Mover;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The legacy list: the 30-day gainers or losers of the cached movers ("monthly snapshots"). */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class ListLegacyMoversService implements ListLegacyMoversUseCase {

    static final int LEGACY_PERIOD_DAYS = 30;

    private final MarketAggregatesCachePort cache;
    private final RecomputeMarketAggregatesUseCase recompute;

    @Inject
    public ListLegacyMoversService(MarketAggregatesCachePort cache, RecomputeMarketAggregatesUseCase recompute) {
        this.cache = cache;
        this.recompute = recompute;
    }

    /** For CDI's client proxy only. */
    protected ListLegacyMoversService() {
        this(null, null);
    }

    @Override
    public List<Mover> movers(boolean up, int limit, Optional<String> tcg) {
        String game = tcg.orElse(MarketViews.ALL);
        Mover.Ranking ranking = MarketAggregates.view(cache, recompute, MarketViews.movers(game, LEGACY_PERIOD_DAYS),
                Mover.Ranking.class).orElseThrow(() -> new CatalogueEntryNotFoundException(CatalogueEntryNotFoundException.Entry.GAME, game));
        return (up ? ranking.gainers() : ranking.losers()).stream().limit(limit).toList();
    }
}
