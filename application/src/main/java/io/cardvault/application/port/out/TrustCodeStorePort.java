package io.cardvault.application.port.out;

import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.trust.ConfirmationCode;
import java.util.Optional;

/**
 * Outgoing port: the confirmation codes of protected listings, one per listing and each code at
 * most once (the store's unique key is the last word: assigning a taken code fails the transaction).
 */
public interface TrustCodeStorePort {

    /** Whether any listing holds {@code code}; a new code is drawn again while this is true. */
    boolean isTaken(ConfirmationCode code);

    /**
     * Gives {@code listing} its code; a listing keeps the code it was given first.
     *
     * @throws io.cardvault.application.port.out.trust.ConfirmationCodeTakenException another listing holds {@code code}
     */
    void assign(ListingId listing, ConfirmationCode code);

    Optional<ConfirmationCode> codeOf(ListingId listing);

    Optional<ListingId> listingOf(ConfirmationCode code);
}
