package io.cardvault.adapter.out.persistence.platform;

import io.cardvault.application.port.out.BulkFileStorePort;
import io.cardvault.application.port.out.BulkFileStorePortContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The gzip folder store, on a fresh temporary folder per test. */
class GzipBulkFileStoreContractTest extends BulkFileStorePortContract {

    @Override
    protected BulkFileStorePort freshStore() {
        try {
            return new GzipBulkFileStore(Files.createTempDirectory("bulk-contract"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
