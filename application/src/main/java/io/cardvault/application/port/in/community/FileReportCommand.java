package io.cardvault.application.port.in.community;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.community.ReportCategory;
import io.cardvault.domain.community.ReportTarget;
import java.util.Objects;

/** A report to file: what (type and id), why (free text), and its category. */
public record FileReportCommand(AccountId reporter, ReportTarget targetType, long targetId, String reason,
                                ReportCategory category) {

    public FileReportCommand {
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(category, "category");
    }
}
