package io.cardvault.application.service.community;

import io.cardvault.application.port.in.community.ModerateReportCommand;
import io.cardvault.application.port.in.community.ModerateReportUseCase;
import io.cardvault.application.port.in.community.ReportNotFoundException;
import io.cardvault.application.port.out.ForumPostStorePort;
import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.port.out.MessageStorePort;
import io.cardvault.application.port.out.ReportStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.community.ForumPostId;
import io.cardvault.domain.community.MessageId;
import io.cardvault.domain.community.ModerationAction;
import io.cardvault.domain.community.ModerationDecision;
import io.cardvault.domain.community.Report;
import io.cardvault.domain.community.ReportNotOpenException;
import io.cardvault.domain.community.ReportStatus;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.marketplace.ListingStatus;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Carries out a moderator's decision: hiding a forum post or message flags it hidden, hiding a listing
 * withdraws it (a sold or already withdrawn one stays as it is); the report's new status and its audit
 * line are written together, in this transaction with the hiding.
 */
@UseCase
public class ModerateReportService implements ModerateReportUseCase {

    private final ReportStorePort reports;
    private final ForumPostStorePort posts;
    private final ListingStorePort listings;
    private final MessageStorePort messages;
    private final Clock clock;

    @Inject
    public ModerateReportService(ReportStorePort reports, ForumPostStorePort posts, ListingStorePort listings,
                                 MessageStorePort messages) {
        this(reports, posts, listings, messages, Clock.systemUTC());
    }

    public ModerateReportService(ReportStorePort reports, ForumPostStorePort posts, ListingStorePort listings,
                                 MessageStorePort messages, Clock clock) {
        this.reports = reports;
        this.posts = posts;
        this.listings = listings;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public Report decide(ModerateReportCommand command) {
        Instant now = clock.instant();
        Report report = reports.findById(command.report()).orElseThrow(ReportNotFoundException::new);
        Report decided = report.decide(command.decision());
        if (!reports.recordDecision(decided, new ModerationAction(report.requireId(), command.moderator(), command.decision(),
                report.targetType(), report.targetId(), now))) {
            throw new ReportNotOpenException(reports.findById(command.report()).map(Report::status).orElse(ReportStatus.DISMISSED));
        }
        if (command.decision() == ModerationDecision.HIDE) {
            hide(report);
        }
        return decided;
    }

    private void hide(Report report) {
        switch (report.targetType()) {
            case FORUM_POST -> posts.hide(new ForumPostId(report.targetId()));
            case MESSAGE -> messages.hide(new MessageId(report.targetId()));
            case LISTING -> listings.findById(new ListingId(report.targetId()))
                    .filter(listing -> listing.status() != ListingStatus.SOLD && listing.status() != ListingStatus.WITHDRAWN)
                    .ifPresent(listing -> listings.update(listing.withdraw()));
            case USER -> throw new IllegalStateException("a user is never hidden: the report refused it");
        }
    }
}
