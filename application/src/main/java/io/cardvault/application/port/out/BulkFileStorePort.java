package io.cardvault.application.port.out;

import io.cardvault.application.port.out.bulk.BulkFileDraft;
import io.cardvault.application.port.out.bulk.StoredBulkFile;
import io.cardvault.domain.platform.BulkDataKind;
import java.util.Optional;

/**
 * Outgoing port: where the bulk files live. Every node that serves downloads must see the same
 * files (one node writes them), so with several nodes the store is shared storage.
 */
public interface BulkFileStorePort {

    /** Starts a new file of that kind; the current one stays served until the draft is published. */
    BulkFileDraft begin(BulkDataKind kind);

    /** The current file of that kind, if one was ever published. */
    Optional<StoredBulkFile> current(BulkDataKind kind);
}
