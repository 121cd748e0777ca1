package io.cardvault.adapter.out.persistence.community;

import static io.cardvault.adapter.out.persistence.UtcWallClock.instant;
import static io.cardvault.adapter.out.persistence.UtcWallClock.utc;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.community.ForumPost;
import io.cardvault.domain.community.ForumPostId;
import io.cardvault.domain.community.Message;
import io.cardvault.domain.community.MessageId;
import io.cardvault.domain.community.ModerationAction;
import io.cardvault.domain.community.ModerationDecision;
import io.cardvault.domain.community.Report;
import io.cardvault.domain.community.ReportCategory;
import io.cardvault.domain.community.ReportId;
import io.cardvault.domain.community.ReportStatus;
import io.cardvault.domain.community.ReportTarget;
import io.cardvault.domain.marketplace.ListingId;
import java.util.Optional;

/** Between the community's domain records and their rows. */
final class CommunityJpaMapper {

    private CommunityJpaMapper() {
    }

    static MessageJpaEntity toNewEntity(Message message) {
        MessageJpaEntity row = new MessageJpaEntity();
        row.senderId = message.sender().value();
        row.recipientId = message.recipient().value();
        row.listingId = message.listing().map(ListingId::value).orElse(null);
        row.subject = message.subject().orElse(null);
        row.body = message.body();
        row.parentId = message.parent().map(MessageId::value).orElse(null);
        row.read = message.read();
        row.hidden = message.hidden();
        row.createdAt = utc(message.createdAt());
        return row;
    }

    static Message toDomain(MessageJpaEntity row) {
        return new Message(Optional.of(new MessageId(row.id)), new AccountId(row.senderId), new AccountId(row.recipientId),
                Optional.ofNullable(row.listingId).map(ListingId::new), Optional.ofNullable(row.subject), row.body,
                Optional.ofNullable(row.parentId).map(MessageId::new), row.read, row.hidden, instant(row.createdAt));
    }

    static ForumPostJpaEntity toNewEntity(ForumPost post) {
        ForumPostJpaEntity row = new ForumPostJpaEntity();
        row.authorId = post.author().value();
        row.title = post.title();
        row.markdown = post.markdown();
        row.html = post.html();
        row.hidden = post.hidden();
        row.createdAt = utc(post.createdAt());
        return row;
    }

    static ForumPost toDomain(ForumPostJpaEntity row) {
        return new ForumPost(Optional.of(new ForumPostId(row.id)), new AccountId(row.authorId), row.title, row.markdown,
                row.html, row.hidden, instant(row.createdAt));
    }

    static ReportJpaEntity toNewEntity(Report report) {
        ReportJpaEntity row = new ReportJpaEntity();
        row.reporterId = report.reporter().value();
        row.targetType = report.targetType().code();
        row.targetId = report.targetId();
        row.reason = report.reason();
        row.category = report.category().code();
        row.status = report.status().code();
        row.createdAt = utc(report.createdAt());
        return row;
    }

    static Report toDomain(ReportJpaEntity row) {
        return new Report(Optional.of(new ReportId(row.id)), new AccountId(row.reporterId), ReportTarget.parse(row.targetType),
                row.targetId, row.reason, ReportCategory.parse(row.category), ReportStatus.fromCode(row.status),
                instant(row.createdAt));
    }

    static ModerationActionJpaEntity toNewEntity(ModerationAction action) {
        ModerationActionJpaEntity row = new ModerationActionJpaEntity();
        row.reportId = action.report().value();
        row.moderatorId = action.moderator().value();
        row.decision = action.decision().code();
        row.targetType = action.targetType().code();
        row.targetId = action.targetId();
        row.actedAt = utc(action.at());
        return row;
    }

    /** Empty for a line whose moderator's account is gone (the line stays in the table, unnamed). */
    static Optional<ModerationAction> toDomain(ModerationActionJpaEntity row) {
        return Optional.ofNullable(row.moderatorId).map(moderator -> new ModerationAction(new ReportId(row.reportId),
                new AccountId(moderator), ModerationDecision.parse(row.decision), ReportTarget.parse(row.targetType),
                row.targetId, instant(row.actedAt)));
    }
}
