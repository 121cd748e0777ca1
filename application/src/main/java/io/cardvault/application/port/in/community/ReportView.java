package io.cardvault.application.port.in.community;

import io.cardvault.domain.community.Report;

/**
 * A report as the moderation queue shows it: who filed it, and its target described ({@code targetSummary},
 * an excerpt of the post, listing, message or the user's name) with the site-relative page it lives on
 * ({@code targetUrl}, empty when it has none).
 */
public record ReportView(Report report, String reporterUsername, String targetSummary, String targetUrl) {
}
