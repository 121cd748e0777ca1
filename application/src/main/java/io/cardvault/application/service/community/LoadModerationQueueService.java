package io.cardvault.application.service.community;

import io.cardvault.application.port.in.community.LoadModerationQueueUseCase;
import io.cardvault.application.port.in.community.ModerationEntry;
import io.cardvault.application.port.in.community.ModerationQueue;
import io.cardvault.application.port.in.community.ReportView;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ForumPostStorePort;
import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.port.out.MessageStorePort;
import io.cardvault.application.port.out.ReportStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.community.ModerationAction;
import io.cardvault.domain.community.Report;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The open reports with their targets described, and the newest lines of the audit trail. */
@UseCase
public class LoadModerationQueueService implements LoadModerationQueueUseCase {

    private final ReportStorePort reports;
    private final ReportTargets targets;
    private final Members members;

    @Inject
    public LoadModerationQueueService(ReportStorePort reports, ForumPostStorePort posts, ListingStorePort listings,
                                      MessageStorePort messages, AccountStorePort accounts) {
        this.reports = reports;
        this.targets = new ReportTargets(posts, listings, messages, accounts);
        this.members = new Members(accounts);
    }

    @Override
    public ModerationQueue load() {
        List<Report> open = reports.findOpen(QUEUE_LIMIT);
        List<ModerationAction> trail = reports.recentActions(TRAIL_LIMIT);
        List<AccountId> named = new ArrayList<>();
        open.forEach(report -> {
            named.add(report.reporter());
            named.addAll(targets.accountsNamed(report.targetType(), report.targetId()));
        });
        trail.forEach(action -> named.add(action.moderator()));
        Map<AccountId, String> names = members.names(named);
        return new ModerationQueue(open.stream().map(report -> {
            ReportTargets.Description target = targets.describe(report.targetType(), report.targetId(), names);
            return new ReportView(report, Members.nameOf(names, report.reporter()), target.summary(), target.url());
        }).toList(), trail.stream().map(action -> new ModerationEntry(action, Members.nameOf(names, action.moderator())))
                .toList());
    }
}
