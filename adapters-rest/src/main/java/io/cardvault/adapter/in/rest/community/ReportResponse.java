package io.cardvault.adapter.in.rest.community;

import io.cardvault.domain.community.Report;

/** A filed report as its reporter sees it. */
public record ReportResponse(long id, String targetType, long targetId, String reason, String category, String status,
                             String createdAt) {

    static ReportResponse from(Report report) {
        return new ReportResponse(report.requireId().value(), report.targetType().code(), report.targetId(), report.reason(),
                report.category().code(), report.status().code(), report.createdAt().toString());
    }
}
