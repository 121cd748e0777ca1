package io.cardvault.application.service.analytics;

import io.cardvault.application.port.in.analytics.ListHotCardsUseCase;
import io.cardvault.application.port.in.analytics.RecomputeMarketAggregatesUseCase;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.out.MarketAggregatesCachePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.analytics.HotCard;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Hot cards from the cache, hottest first. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class ListHotCardsService implements ListHotCardsUseCase {

    private final MarketAggregatesCachePort cache;
    private final RecomputeMarketAggregatesUseCase recompute;

    @Inject
    public ListHotCardsService(MarketAggregatesCachePort cache, RecomputeMarketAggregatesUseCase recompute) {
        this.cache = cache;
        this.recompute = recompute;
    }

    /** For CDI's client proxy only. */
    protected ListHotCardsService() {
        this(null, null);
    }

    @Override
    public List<HotCard> hot(Optional<String> tcg, int limit) {
        String game = tcg.orElse(MarketViews.ALL);
        return MarketAggregates.view(cache, recompute, MarketViews.hot(game), MarketViews.HotCards.class)
                .orElseThrow(() -> new CatalogueEntryNotFoundException(CatalogueEntryNotFoundException.Entry.GAME, game))
                .items().stream().limit(limit).toList();
    }
}
