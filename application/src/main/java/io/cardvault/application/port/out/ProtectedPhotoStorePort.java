package io.cardvault.application.port.out;

import io.cardvault.application.port.out.trust.NearestProtectedPhoto;
import io.cardvault.application.port.out.trust.ProtectedPhoto;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.trust.PhotoFingerprint;
import java.util.List;
import java.util.Optional;

/** Outgoing port: the fingerprints of protected listings' (watermarked) photos. */
public interface ProtectedPhotoStorePort {

    /** Keeps the photo's fingerprint; keeping a listing's photo URL again changes nothing. */
    void keep(ProtectedPhoto photo);

    List<ProtectedPhoto> ofListing(ListingId listing);

    /**
     * The protected photo nearest a photo found elsewhere (its whole view against every view of each;
     * {@link io.cardvault.domain.trust.PhotoFingerprint#distanceFrom}), of equally near ones the first
     * kept; empty while none is kept. It answers from what the store has committed, including what
     * other nodes kept, without reading every fingerprint on each call.
     */
    Optional<NearestProtectedPhoto> nearest(PhotoFingerprint found);
}
