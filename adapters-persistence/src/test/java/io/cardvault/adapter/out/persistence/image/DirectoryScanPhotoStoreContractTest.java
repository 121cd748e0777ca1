package io.cardvault.adapter.out.persistence.image;

import io.cardvault.application.port.out.ScanPhotoStorePort;
import io.cardvault.application.port.out.ScanPhotoStorePortContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The scan-photo contract on the directory adapter. */
class DirectoryScanPhotoStoreContractTest extends ScanPhotoStorePortContract {

    @TempDir
    Path directory;

    @Override
    protected ScanPhotoStorePort store() {
        return new DirectoryScanPhotoStore(directory);
    }
}
