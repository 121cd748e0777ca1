package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.ListingView;
import io.cardvault.application.port.in.marketplace.RenewListingUseCase;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.port.out.marketplace.ConcurrentChangeException;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.marketplace.ListingUnavailableException;
import jakarta.inject.Inject;
import java.time.Clock;

/** Renews a seller's listing by 30 days; a repeat within 60 s writes nothing and answers the same listing. */
@UseCase
public class RenewListingService implements RenewListingUseCase {

    private final ListingStorePort listings;
    private final Traders traders;
    private final Clock clock;

    @Inject
    public RenewListingService(ListingStorePort listings, AccountStorePort accounts) {
        this(listings, accounts, Clock.systemUTC());
    }

    public RenewListingService(ListingStorePort listings, AccountStorePort accounts, Clock clock) {
        this.listings = listings;
        this.traders = new Traders(accounts);
        this.clock = clock;
    }

    @Override
    public ListingView renew(AccountId seller, ListingId listing) {
        Listing held = SellerListings.owned(listings, seller, listing);
        Listing renewed = held.renew(clock.instant());
        if (renewed != held) {
            try {
                listings.update(renewed);
            } catch (ConcurrentChangeException lost) {
                throw new ListingUnavailableException();
            }
        }
        return traders.listing(renewed);
    }
}
