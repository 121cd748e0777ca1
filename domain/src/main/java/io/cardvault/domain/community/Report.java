package io.cardvault.domain.community;

import io.cardvault.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A report someone filed about a forum post, listing, message or user. It stays open until a
 * moderator decides ({@link #decide}): hiding the target or dismissing the report, once.
 */
public record Report(Optional<ReportId> id, AccountId reporter, ReportTarget targetType, long targetId, String reason,
                     ReportCategory category, ReportStatus status, Instant createdAt) {

    public static final int MAX_REASON = 500;

    public Report {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(targetType, "targetType");
        InvalidCommunityDataException.require(targetId > 0, "target_id", "target_id is a positive id");
        InvalidCommunityDataException.requireText(reason, MAX_REASON, "reason");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static Report file(AccountId reporter, ReportTarget targetType, long targetId, String reason,
                              ReportCategory category, Instant now) {
        return new Report(Optional.empty(), reporter, targetType, targetId, reason.strip(), category, ReportStatus.OPEN, now);
    }

    public Report stored(ReportId storedId) {
        return new Report(Optional.of(storedId), reporter, targetType, targetId, reason, category, status, createdAt);
    }

    public ReportId requireId() {
        return id.orElseThrow(() -> new IllegalStateException("report not stored yet"));
    }

    /** The report closed by a moderator's decision; only an open report can be decided, and a user cannot be hidden. */
    public Report decide(ModerationDecision decision) {
        if (status != ReportStatus.OPEN) {
            throw new ReportNotOpenException(status);
        }
        if (decision == ModerationDecision.HIDE && !targetType.hideable()) {
            throw new TargetNotHideableException(targetType);
        }
        return new Report(id, reporter, targetType, targetId, reason, category, decision.outcome(), createdAt);
    }
}
