package io.cardvault.application.service.collection;

import io.cardvault.application.port.in.collection.ListWishlistUseCase;
import io.cardvault.application.port.in.collection.WishlistItem;
import io.cardvault.application.port.out.ExchangeRatesStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.application.port.out.WishlistStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.analytics.EuroReferenceRates;
import io.cardvault.domain.collection.WishlistEntry;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The wishlist with each card's facts (one catalogue read) and its current price in the wish's currency. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class ListWishlistService implements ListWishlistUseCase {

    private final WishlistStorePort wishlist;
    private final LoadCatalogueViewsPort catalogue;
    private final LoadPricesPort prices;
    private final ExchangeRatesStorePort rates;

    @Inject
    public ListWishlistService(WishlistStorePort wishlist, LoadCatalogueViewsPort catalogue, LoadPricesPort prices,
                               ExchangeRatesStorePort rates) {
        this.wishlist = wishlist;
        this.catalogue = catalogue;
        this.prices = prices;
        this.rates = rates;
    }

    /** For CDI's client proxy only. */
    protected ListWishlistService() {
        this(null, null, null, null);
    }

    @Override
    public List<WishlistItem> wishlist(AccountId owner) {
        List<WishlistEntry> entries = wishlist.findByOwner(owner);
        WatchedCards cards = WatchedCards.of(catalogue, entries.stream().map(WishlistEntry::card).toList());
        Optional<EuroReferenceRates> fx = rates.latest();
        return entries.stream()
                .map(entry -> new WishlistItem(entry, cards.get(entry.card()), CurrentMarketPrice.lowest(
                        prices.latestPrices(entry.card()), WishlistItem.currencyOf(entry), fx)))
                .toList();
    }
}
