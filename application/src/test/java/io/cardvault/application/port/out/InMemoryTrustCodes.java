package io.cardvault.application.port.out;

import io.cardvault.application.port.out.trust.ConfirmationCodeTakenException;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.trust.ConfirmationCode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Fake {@link TrustCodeStorePort}: two maps kept in step, the code map playing the unique key. */
public final class InMemoryTrustCodes implements TrustCodeStorePort {

    private final Map<ListingId, ConfirmationCode> byListing = new ConcurrentHashMap<>();
    private final Map<ConfirmationCode, ListingId> byCode = new ConcurrentHashMap<>();

    @Override
    public boolean isTaken(ConfirmationCode code) {
        return byCode.containsKey(code);
    }

    @Override
    public synchronized void assign(ListingId listing, ConfirmationCode code) {
        if (byListing.containsKey(listing)) {
            return;
        }
        if (byCode.containsKey(code)) {
            throw new ConfirmationCodeTakenException(code.value(), null);
        }
        byCode.put(code, listing);
        byListing.put(listing, code);
    }

    @Override
    public Optional<ConfirmationCode> codeOf(ListingId listing) {
        return Optional.ofNullable(byListing.get(listing));
    }

    @Override
    public Optional<ListingId> listingOf(ConfirmationCode code) {
        return Optional.ofNullable(byCode.get(code));
    }
}
