package io.cardvault.adapter.in.rest.platform;

import io.cardvault.application.port.in.platform.BulkDataJob;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A rewrite of the bulk files: {@code running}, then {@code completed} with the files written or {@code failed} with why. */
public record BulkDataJobResponse(long job, String status, String startedAt, String finishedAt, List<BulkFileResponse> files,
                                  String error) {

    static BulkDataJobResponse from(BulkDataJob job, String siteUrl) {
        return new BulkDataJobResponse(job.number(), job.state().code(), DateTimeFormatter.ISO_INSTANT.format(job.startedAt()),
                job.finishedAt().map(DateTimeFormatter.ISO_INSTANT::format).orElse(null),
                job.files().stream().map(file -> BulkFileResponse.from(file, siteUrl)).toList(), job.failure().orElse(null));
    }
}
