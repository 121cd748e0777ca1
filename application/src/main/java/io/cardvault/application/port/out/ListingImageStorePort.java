package io.cardvault.application.port.out;

import io.cardvault.application.port.out.image.ListingImageFile;
import io.cardvault.application.port.out.image.ListingImageName;
import java.util.Optional;

/**
 * Outgoing port: the listing photos, kept by a content-addressed name so one photo uploaded twice
 * is one file, and a name, once given out, always shows the same bytes (the served URL can be
 * cached for a year). Where they are kept (a directory every node shares) is the adapter's matter.
 */
public interface ListingImageStorePort {

    /** Keeps the photo under {@code image.name()}; keeping a name that is already there changes nothing. */
    void keep(ListingImageFile image);

    Optional<ListingImageFile> find(ListingImageName name);
}
