package io.cardvault.application.port.out;

/** The fake obeys the same contract as the gzip folder store. */
class InMemoryBulkFilesTest extends BulkFileStorePortContract {

    @Override
    protected BulkFileStorePort freshStore() {
        return new InMemoryBulkFiles();
    }
}
