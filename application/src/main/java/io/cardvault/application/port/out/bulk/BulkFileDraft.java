package io.cardvault.application.port.out.bulk;

import io.cardvault.domain.platform.BulkFile;
import java.time.Instant;

/**
 * A bulk file being written: records go straight to storage as they are appended (nothing is
 * held), and readers keep seeing the previous file until {@link #publish} swaps the new one in
 * whole. Closing a draft that was not published discards it.
 */
public interface BulkFileDraft extends AutoCloseable {

    void append(BulkRecord record);

    /** Finishes the file and makes it the current one of its kind, as written at {@code writtenAt}. */
    BulkFile publish(Instant writtenAt);

    @Override
    void close();
}
