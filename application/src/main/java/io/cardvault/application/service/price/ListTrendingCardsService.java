package io.cardvault.application.service.price;

import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException.Entry;
import io.cardvault.application.port.in.price.ListTrendingCardsUseCase;
import io.cardvault.domain.price.CardPriceSummary;
import java.util.List;
import java.util.Optional;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Cards by largest absolute seven-day change of their USD best price, at least the minimum price. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class ListTrendingCardsService implements ListTrendingCardsUseCase {

    private final LoadCatalogueViewsPort views;
    private final LoadPricesPort prices;

    @Inject
    public ListTrendingCardsService(LoadCatalogueViewsPort views, LoadPricesPort prices) {
        this.views = views;
        this.prices = prices;
    }

    /** For CDI's client proxy only. */
    protected ListTrendingCardsService() {
        this(null, null);
    }

    @Override
    public List<CardPriceSummary> trending(Optional<String> gameSlug, int limit) {
        gameSlug.ifPresent(slug -> views.game(slug).orElseThrow(() -> new CatalogueEntryNotFoundException(Entry.GAME, slug)));
        return prices.biggestMovers(gameSlug, GetSetPriceStatsService.USD, MIN_PRICE_USD, limit);
    }
}
