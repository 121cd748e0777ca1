package io.cardvault.application.port.in.community;

import io.cardvault.domain.community.Report;

/**
 * Use case: files a report for the moderators. The target must exist ({@link ReportTargetNotFoundException}
 * otherwise); a message can be reported only by one of its two parties.
 */
public interface FileReportUseCase {

    Report file(FileReportCommand command);
}
