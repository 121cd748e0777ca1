package io.cardvault.application.port.in.community;

import io.cardvault.domain.community.Report;

/**
 * Use case (administrators only, checked by the caller's adapter): decides an open report. Hiding
 * takes the target out of public reads (a forum post or message hidden, a listing withdrawn); both
 * decisions write a line of the audit trail. A report already decided is {@code ReportNotOpenException}.
 */
public interface ModerateReportUseCase {

    Report decide(ModerateReportCommand command);
}
