package io.cardvault.application.port.out;

import io.cardvault.domain.community.ModerationAction;
import io.cardvault.domain.community.Report;
import io.cardvault.domain.community.ReportId;
import java.util.List;
import java.util.Optional;

/** Outgoing port: reports, their moderators' decisions and the audit trail of those decisions. */
public interface ReportStorePort {

    /** Stores a new report and returns it with its id. */
    Report add(Report report);

    Optional<Report> findById(ReportId id);

    /** Open reports, oldest first (the queue's order), at most {@code limit}. */
    List<Report> findOpen(int limit);

    /**
     * Writes a decided report's status together with its audit line; false (and nothing written) when the
     * report was no longer open, so of two moderators deciding at once one wins.
     */
    boolean recordDecision(Report decided, ModerationAction action);

    /** The newest lines of the audit trail, newest first. */
    List<ModerationAction> recentActions(int limit);
}
