package io.cardvault.application.port.in.community;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.community.ModerationDecision;
import io.cardvault.domain.community.ReportId;
import java.util.Objects;

/** A moderator's decision on one report. */
public record ModerateReportCommand(AccountId moderator, ReportId report, ModerationDecision decision) {

    public ModerateReportCommand {
        Objects.requireNonNull(moderator, "moderator");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(decision, "decision");
    }
}
