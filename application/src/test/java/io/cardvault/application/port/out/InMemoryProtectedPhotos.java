package io.cardvault.application.port.out;

import io.cardvault.application.port.out.trust.ProtectedPhoto;
import io.cardvault.domain.marketplace.ListingId;
import java.util.ArrayList;
import java.util.List;

/** Fake {@link ProtectedPhotoStorePort}: a list, one entry per listing and URL. */
public final class InMemoryProtectedPhotos implements ProtectedPhotoStorePort {

    private final List<ProtectedPhoto> photos = new ArrayList<>();

    @Override
    public synchronized void keep(ProtectedPhoto photo) {
        boolean known = photos.stream().anyMatch(kept -> kept.listing().equals(photo.listing())
                && kept.imageUrl().equals(photo.imageUrl()));
        if (!known) {
            photos.add(photo);
        }
    }

    @Override
    public synchronized List<ProtectedPhoto> ofListing(ListingId listing) {
        return photos.stream().filter(photo -> photo.listing().equals(listing)).toList();
    }

    @Override
    public synchronized List<ProtectedPhoto> all() {
        return List.copyOf(photos);
    }
}
