package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.CreateDraftListingUseCase;
import io.cardvault.application.port.in.marketplace.CreateListingCommand;
import io.cardvault.application.port.in.marketplace.ListingView;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.marketplace.Listing;
import jakarta.inject.Inject;
import java.time.Clock;

/** Keeps a draft listing after the checks a listing on sale gets; publishing it is its own use case. */
@UseCase
public class CreateDraftListingService implements CreateDraftListingUseCase {

    private final ListingStorePort listings;
    private final AccountStorePort accounts;
    private final LoadCatalogueViewsPort catalogue;
    private final Clock clock;

    @Inject
    public CreateDraftListingService(ListingStorePort listings, AccountStorePort accounts, LoadCatalogueViewsPort catalogue) {
        this(listings, accounts, catalogue, Clock.systemUTC());
    }

    public CreateDraftListingService(ListingStorePort listings, AccountStorePort accounts, LoadCatalogueViewsPort catalogue,
                                     Clock clock) {
        this.listings = listings;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected CreateDraftListingService() {
        this(null, null, null, null);
    }

    @Override
    public ListingView draft(CreateListingCommand command) {
        ListingPreconditions.Checked checked = ListingPreconditions.check(command, accounts, catalogue);
        return new ListingView(listings.add(Listing.draft(command.seller(), command.terms(), clock.instant())),
                checked.seller().username());
    }
}
