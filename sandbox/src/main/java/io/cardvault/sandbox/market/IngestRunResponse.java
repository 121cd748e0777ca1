package io.cardvault.sandbox.market;

import io.cardvault.application.port.in.price.IngestReport;

/** One ingest's outcome as the sandbox's trigger answers it. */
public record IngestRunResponse(int runId, String source, String status, String upstream, boolean sandbox, int pointsRead,
                                int pointsWritten, int outliers, int cardsChanged, String message) {

    static IngestRunResponse from(IngestReport report) {
        return new IngestRunResponse(report.runId(), report.source().code(), report.status(), report.upstream(),
                report.sandbox(), report.pointsRead(), report.pointsWritten(), report.outliers(), report.cardsChanged(),
                report.message());
    }
}
