package io.cardvault.application.port.out;

import io.cardvault.application.port.out.price.RunStatus;
import io.cardvault.domain.price.PriceSource;
import java.util.OptionalInt;

/**
 * Outgoing port: the price ingest's run log. Every file read (or that failed to be read) is a run
 * recording its provenance: source, upstream, content hash, sandbox or not, outcome and counts.
 */
public interface PriceRunLogPort {

    /** The successful run that already ingested a file with these bytes from that source, if any. */
    OptionalInt findRunWithContent(PriceSource source, byte[] sha1);

    /** Opens a run for a file about to be written (status {@code running}); its points carry the returned id. */
    int startRun(PriceSource source, String upstream, byte[] sha1, boolean sandbox);

    void finishRun(int runId, RunStatus status, int pointsRead, int pointsWritten, String message);

    /** Records a run that never got a file written (the upstream failed, sent a broken or an unchanged one) on its own. */
    int recordFailedRun(PriceSource source, String upstream, boolean sandbox, RunStatus status, String message);
}
