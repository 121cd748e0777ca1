package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.LinkRenewal;
import io.cardvault.application.port.in.marketplace.RenewListingByLinkUseCase;
import io.cardvault.application.port.out.ListingRenewalTokenPort;
import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.marketplace.ConcurrentChangeException;
import io.cardvault.application.port.out.renewal.RenewalClaim;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingStatus;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Renews the listing a reminder mail's link names. Single use without a table of used links: the
 * token carries the listing's renewal count when it was mailed, and a renewal moves the count on,
 * so once the link (or the seller's dashboard) renewed the listing, the link finds another count
 * and only reports the listing's expiry. A listing sold or withdrawn since is not renewed.
 */
@UseCase
public class RenewListingByLinkService implements RenewListingByLinkUseCase {

    private final ListingRenewalTokenPort tokens;
    private final ListingStorePort listings;
    private final LoadCatalogueViewsPort catalogue;
    private final Clock clock;

    @Inject
    public RenewListingByLinkService(ListingRenewalTokenPort tokens, ListingStorePort listings,
                                     LoadCatalogueViewsPort catalogue) {
        this(tokens, listings, catalogue, Clock.systemUTC());
    }

    public RenewListingByLinkService(ListingRenewalTokenPort tokens, ListingStorePort listings,
                                     LoadCatalogueViewsPort catalogue, Clock clock) {
        this.tokens = tokens;
        this.listings = listings;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected RenewListingByLinkService() {
        this(null, null, null, null);
    }

    @Override
    public LinkRenewal renew(String token) {
        Instant now = clock.instant();
        Optional<RenewalClaim> claim = tokens.verifyRenewalToken(token, now);
        Optional<Listing> found = claim.flatMap(held -> listings.findById(held.listing()));
        if (found.isEmpty()) {
            return new LinkRenewal.Invalid();
        }
        Listing listing = found.get();
        long id = listing.requireId().value();
        String cardName = catalogue.card(listing.terms().card()).map(card -> card.card().name())
                .orElse("card " + listing.terms().card().value());
        if (listing.status() != ListingStatus.ACTIVE && listing.status() != ListingStatus.EXPIRED) {
            return new LinkRenewal.NotRenewable(id, cardName, listing.status());
        }
        if (listing.renewalCount() != claim.get().renewalCount()) {
            return new LinkRenewal.AlreadyUsed(id, cardName, listing.expiresAt());
        }
        Listing renewed = listing.renew(now);
        try {
            listings.update(renewed);
        } catch (ConcurrentChangeException lost) {
            // renewed or sold by another request in the meantime: this link has nothing left to do
            return listings.findById(listing.requireId())
                    .<LinkRenewal>map(current -> new LinkRenewal.AlreadyUsed(id, cardName, current.expiresAt()))
                    .orElse(new LinkRenewal.Invalid());
        }
        return new LinkRenewal.Renewed(id, cardName, renewed.expiresAt(), renewed.renewalCount());
    }
}
