package io.cardvault.application.service.collection;

import io.cardvault.application.port.in.collection.AddToWishlistCommand;
import io.cardvault.application.port.in.collection.AddToWishlistUseCase;
import io.cardvault.application.port.in.collection.WatchedCard;
import io.cardvault.application.port.in.collection.WishlistItem;
import io.cardvault.application.port.out.ExchangeRatesStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.application.port.out.WishlistStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.collection.WishlistEntry;
import io.cardvault.domain.shared.Money;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Puts a known card on the wishlist in a currency prices can be compared in. Wishing for a card
 * already on the list replaces its max price and keeps when it was first wished for; the new limit
 * is armed afresh, so a drop under it notifies even if the old one had.
 */
@UseCase
public class AddToWishlistService implements AddToWishlistUseCase {

    private final WishlistStorePort wishlist;
    private final LoadCatalogueViewsPort catalogue;
    private final LoadPricesPort prices;
    private final ExchangeRatesStorePort rates;
    private final Clock clock;

    @Inject
    public AddToWishlistService(WishlistStorePort wishlist, LoadCatalogueViewsPort catalogue, LoadPricesPort prices,
                                ExchangeRatesStorePort rates) {
        this(wishlist, catalogue, prices, rates, Clock.systemUTC());
    }

    public AddToWishlistService(WishlistStorePort wishlist, LoadCatalogueViewsPort catalogue, LoadPricesPort prices,
                                ExchangeRatesStorePort rates, Clock clock) {
        this.wishlist = wishlist;
        this.catalogue = catalogue;
        this.prices = prices;
        this.rates = rates;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected AddToWishlistService() {
        this(null, null, null, null, null);
    }

    @Override
    public WishlistItem add(AddToWishlistCommand command) {
        WatchedCard card = WatchedCards.require(catalogue, command.card());
        command.maxPrice().map(Money::currency).ifPresent(currency -> WatchCurrencies.requireComparable(currency, rates));
        Instant addedAt = wishlist.findByOwner(command.owner()).stream()
                .filter(existing -> existing.card().equals(command.card()))
                .map(WishlistEntry::addedAt)
                .findFirst()
                .orElseGet(clock::instant);
        WishlistEntry entry = WishlistEntry.wish(command.owner(), command.card(), command.maxPrice(), addedAt);
        wishlist.save(entry);
        return new WishlistItem(entry, card, CurrentMarketPrice.lowest(prices.latestPrices(command.card()),
                WishlistItem.currencyOf(entry), rates.latest()));
    }
}
