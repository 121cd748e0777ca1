package io.cardvault.domain.community;

import io.cardvault.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;

/** One line of the moderation audit trail: who decided what on which report, and when. Never changed once written. */
public record ModerationAction(ReportId report, AccountId moderator, ModerationDecision decision, ReportTarget targetType,
                               long targetId, Instant at) {

    public ModerationAction {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(moderator, "moderator");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(at, "at");
    }
}
