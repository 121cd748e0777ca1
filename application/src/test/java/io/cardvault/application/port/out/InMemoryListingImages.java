package io.cardvault.application.port.out;

import io.cardvault.application.port.out.image.ListingImageFile;
import io.cardvault.application.port.out.image.ListingImageName;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Fake {@link ListingImageStorePort}: the photos in a map by name; the first bytes kept under a name stay. */
public final class InMemoryListingImages implements ListingImageStorePort {

    private final Map<ListingImageName, ListingImageFile> files = new ConcurrentHashMap<>();

    @Override
    public void keep(ListingImageFile image) {
        files.putIfAbsent(image.name(), image);
    }

    @Override
    public Optional<ListingImageFile> find(ListingImageName name) {
        return Optional.ofNullable(files.get(name));
    }

    public int count() {
        return files.size();
    }
}
