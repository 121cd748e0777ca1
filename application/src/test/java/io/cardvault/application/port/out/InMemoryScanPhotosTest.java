package io.cardvault.application.port.out;

/** The scan-photo contract on the in-memory fake. */
class InMemoryScanPhotosTest extends ScanPhotoStorePortContract {

    @Override
    protected ScanPhotoStorePort store() {
        return new InMemoryScanPhotos();
    }
}
