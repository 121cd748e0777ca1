package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.CreateListingCommand;
import io.cardvault.application.port.in.marketplace.CreateListingUseCase;
import io.cardvault.application.port.in.marketplace.ListingView;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingPublished;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Lists a card for a set-up seller, after checking the card exists and has the variant named; a listing
 * with image protection gets its code and watermarked photos in the same transaction.
 */
@UseCase
public class CreateListingService implements CreateListingUseCase {

    private final ListingStorePort listings;
    private final AccountStorePort accounts;
    private final LoadCatalogueViewsPort catalogue;
    private final Clock clock;
    /** Announced after the commit (listing_new, the price watches): {@link ListingEventRelay}. */
    private final Event<ListingPublished> published;
    private final ListingProtection protection;

    @Inject
    public CreateListingService(ListingStorePort listings, AccountStorePort accounts, LoadCatalogueViewsPort catalogue,
                                Event<ListingPublished> published, ListingProtection protection) {
        this(listings, accounts, catalogue, Clock.systemUTC(), published, protection);
    }

    public CreateListingService(ListingStorePort listings, AccountStorePort accounts, LoadCatalogueViewsPort catalogue,
                                Clock clock, Event<ListingPublished> published, ListingProtection protection) {
        this.protection = protection;
        this.listings = listings;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.clock = clock;
        this.published = published;
    }

    @Override
    public ListingView create(CreateListingCommand command) {
        ListingPreconditions.Checked checked = ListingPreconditions.check(command, accounts, catalogue);
        Listing added = protection.protect(listings.add(Listing.create(command.seller(), command.terms(), clock.instant())));
        published.fire(ListingPublished.of(added, checked.card().card().gameSlug()));
        return new ListingView(added, checked.seller().username());
    }
}
