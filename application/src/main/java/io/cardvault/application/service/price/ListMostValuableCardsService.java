package io.cardvault.application.service.price;

import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException.Entry;
import io.cardvault.application.port.in.price.ListMostValuableCardsUseCase;
import io.cardvault.domain.price.CardPriceSummary;
import java.util.List;
import java.util.Optional;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Cards by USD best price, optionally of one game (an unknown game is not found). */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class ListMostValuableCardsService implements ListMostValuableCardsUseCase {

    private final LoadCatalogueViewsPort views;
    private final LoadPricesPort prices;

    @Inject
    public ListMostValuableCardsService(LoadCatalogueViewsPort views, LoadPricesPort prices) {
        this.views = views;
        this.prices = prices;
    }

    /** For CDI's client proxy only. */
    protected ListMostValuableCardsService() {
        this(null, null);
    }

    @Override
    public List<CardPriceSummary> mostValuable(Optional<String> gameSlug, int limit) {
        gameSlug.ifPresent(slug -> views.game(slug).orElseThrow(() -> new CatalogueEntryNotFoundException(Entry.GAME, slug)));
        return prices.mostValuable(gameSlug, GetSetPriceStatsService.USD, limit);
    }
}
