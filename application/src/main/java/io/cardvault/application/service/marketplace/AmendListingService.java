package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.AmendListingCommand;
import io.cardvault.application.port.in.marketplace.AmendListingUseCase;
import io.cardvault.application.port.in.marketplace.ListingView;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.port.out.marketplace.ConcurrentChangeException;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingUnavailableException;
import jakarta.inject.Inject;

/**
 * Changes a seller's active listing; one sold meanwhile by a concurrent buyer is unavailable. Photos
 * added to a protected listing (or protection switched on) are watermarked like a new listing's.
 */
@UseCase
public class AmendListingService implements AmendListingUseCase {

    private final ListingStorePort listings;
    private final Traders traders;
    private final ListingProtection protection;

    @Inject
    public AmendListingService(ListingStorePort listings, AccountStorePort accounts, ListingProtection protection) {
        this.protection = protection;
        this.listings = listings;
        this.traders = new Traders(accounts);
    }

    @Override
    public ListingView amend(AmendListingCommand command) {
        Listing amended = SellerListings.owned(listings, command.seller(), command.listing()).amend(command.changes());
        try {
            listings.update(amended);
        } catch (ConcurrentChangeException lost) {
            throw new ListingUnavailableException();
        }
        return traders.listing(protection.protect(amended));
    }
}
