package io.cardvault.application.service.community;

import io.cardvault.application.port.in.community.FileReportCommand;
import io.cardvault.application.port.in.community.FileReportUseCase;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ForumPostStorePort;
import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.port.out.MessageStorePort;
import io.cardvault.application.port.out.ReportStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.community.Report;
import jakarta.inject.Inject;
import java.time.Clock;

/** Files a report on a target that exists for the reporter. */
@UseCase
public class FileReportService implements FileReportUseCase {

    private final ReportStorePort reports;
    private final ReportTargets targets;
    private final Clock clock;

    @Inject
    public FileReportService(ReportStorePort reports, ForumPostStorePort posts, ListingStorePort listings,
                             MessageStorePort messages, AccountStorePort accounts) {
        this(reports, posts, listings, messages, accounts, Clock.systemUTC());
    }

    public FileReportService(ReportStorePort reports, ForumPostStorePort posts, ListingStorePort listings,
                             MessageStorePort messages, AccountStorePort accounts, Clock clock) {
        this.reports = reports;
        this.targets = new ReportTargets(posts, listings, messages, accounts);
        this.clock = clock;
    }

    @Override
    public Report file(FileReportCommand command) {
        Report report = Report.file(command.reporter(), command.targetType(), command.targetId(), command.reason(),
                command.category(), clock.instant());
        targets.requireReportable(report.targetType(), report.targetId(), report.reporter());
        return reports.add(report);
    }
}
