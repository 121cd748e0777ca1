package io.cardvault.application.port.out;

import io.cardvault.application.port.out.trust.ProtectedPhoto;
import io.cardvault.domain.marketplace.ListingId;
import java.util.List;

/** Outgoing port: the fingerprints of protected listings' (watermarked) photos. */
public interface ProtectedPhotoStorePort {

    /** Keeps the photo's fingerprint; keeping a listing's photo URL again changes nothing. */
    void keep(ProtectedPhoto photo);

    List<ProtectedPhoto> ofListing(ListingId listing);

    /** Every protected photo: the photo check compares an upload with each. */
    List<ProtectedPhoto> all();
}
