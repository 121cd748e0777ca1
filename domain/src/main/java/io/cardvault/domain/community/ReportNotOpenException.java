package io.cardvault.domain.community;

/** A report a moderator already decided on. Code {@code report_not_open}. */
public final class ReportNotOpenException extends CommunityRejection {

    private static final long serialVersionUID = 1L;

    public ReportNotOpenException(ReportStatus current) {
        super("report_not_open", "this report is already " + current.code());
    }
}
