package io.cardvault.application.port.out;

/** The fake keeps photos as the directory adapter does. */
class InMemoryListingImagesTest extends ListingImageStorePortContract {

    @Override
    protected ListingImageStorePort store() {
        return new InMemoryListingImages();
    }
}
