package io.cardvault.application.port.in.price;

import io.cardvault.domain.price.PriceSource;

/**
 * How one ingest ended. {@code status} is {@code ok}, {@code unchanged} (same bytes as before),
 * {@code rejected} (malformed or truncated: nothing written) or {@code failed} (upstream down or
 * its circuit open: nothing written); {@code runId} is the provenance row it left, {@code sandbox} whether
 * the file came from the sandbox market (made-up prices).
 */
public record IngestReport(int runId, PriceSource source, String status, String upstream, boolean sandbox, int pointsRead,
                           int pointsWritten, int outliers, int cardsChanged, String message) {
}
