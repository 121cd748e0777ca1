package io.cardvault.application.port.out;

import io.cardvault.application.port.out.trust.NearestProtectedPhoto;
import io.cardvault.application.port.out.trust.ProtectedPhoto;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.trust.FingerprintIndex;
import io.cardvault.domain.trust.PhotoFingerprint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Fake {@link ProtectedPhotoStorePort}: a list, one entry per listing and URL, searched through the domain's index. */
public final class InMemoryProtectedPhotos implements ProtectedPhotoStorePort {

    private final List<ProtectedPhoto> photos = new ArrayList<>();
    private final FingerprintIndex index = new FingerprintIndex();

    @Override
    public synchronized void keep(ProtectedPhoto photo) {
        boolean known = photos.stream().anyMatch(kept -> kept.listing().equals(photo.listing())
                && kept.imageUrl().equals(photo.imageUrl()));
        if (!known) {
            photos.add(photo);
            index.add(photo.listing().value(), photo.fingerprint());
        }
    }

    @Override
    public synchronized List<ProtectedPhoto> ofListing(ListingId listing) {
        return photos.stream().filter(photo -> photo.listing().equals(listing)).toList();
    }

    @Override
    public Optional<NearestProtectedPhoto> nearest(PhotoFingerprint found) {
        return index.nearest(found).map(nearest -> new NearestProtectedPhoto(new ListingId(nearest.key()), nearest.distance()));
    }
}
