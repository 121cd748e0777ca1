package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.ListingView;
import io.cardvault.application.port.in.marketplace.PublishListingUseCase;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.marketplace.ConcurrentChangeException;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.marketplace.ListingPublished;
import io.cardvault.domain.marketplace.ListingUnavailableException;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;

/** Puts a seller's draft on sale for 60 days and announces it as a new listing after the commit. */
@UseCase
public class PublishListingService implements PublishListingUseCase {

    private final ListingStorePort listings;
    private final LoadCatalogueViewsPort catalogue;
    private final Traders traders;
    private final Event<ListingPublished> published;
    private final Clock clock;
    private final ListingProtection protection;

    @Inject
    public PublishListingService(ListingStorePort listings, AccountStorePort accounts, LoadCatalogueViewsPort catalogue,
                                 Event<ListingPublished> published, ListingProtection protection) {
        this(listings, accounts, catalogue, published, Clock.systemUTC(), protection);
    }

    public PublishListingService(ListingStorePort listings, AccountStorePort accounts, LoadCatalogueViewsPort catalogue,
                                 Event<ListingPublished> published, Clock clock, ListingProtection protection) {
        this.protection = protection;
        this.listings = listings;
        this.catalogue = catalogue;
        this.traders = new Traders(accounts);
        this.published = published;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected PublishListingService() {
        this(null, null, null, null, null, null);
    }

    @Override
    public ListingView publish(AccountId seller, ListingId listing) {
        Listing draft = SellerListings.owned(listings, seller, listing);
        Listing putOnSale = draft.publish(clock.instant());
        try {
            listings.update(putOnSale);
        } catch (ConcurrentChangeException lost) {
            throw new ListingUnavailableException();
        }
        Listing onSale = protection.protect(putOnSale);
        String game = catalogue.card(onSale.terms().card()).map(card -> card.card().gameSlug()).orElseThrow(
                () -> new IllegalStateException("listing " + listing.value() + " names a card the catalogue lost"));
        published.fire(ListingPublished.of(onSale, game));
        return traders.listing(onSale);
    }
}
