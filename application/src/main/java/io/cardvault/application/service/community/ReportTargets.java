package io.cardvault.application.service.community;

import io.cardvault.application.port.in.community.ReportTargetNotFoundException;
import io.cardvault.application.port.in.marketplace.ListingPaths;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ForumPostStorePort;
import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.port.out.MessageStorePort;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.community.ForumPost;
import io.cardvault.domain.community.ForumPostId;
import io.cardvault.domain.community.Message;
import io.cardvault.domain.community.MessageId;
import io.cardvault.domain.community.ReportTarget;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a report points at: whether it exists for the reporter, and how the moderation queue describes it. */
final class ReportTargets {

    /** Excerpts in the queue stay short; the moderator follows the link for the whole. */
    private static final int EXCERPT = 300;

    private final ForumPostStorePort posts;
    private final ListingStorePort listings;
    private final MessageStorePort messages;
    private final AccountStorePort accounts;

    ReportTargets(ForumPostStorePort posts, ListingStorePort listings, MessageStorePort messages, AccountStorePort accounts) {
        this.posts = posts;
        this.listings = listings;
        this.messages = messages;
        this.accounts = accounts;
    }

    /** Refuses a target that does not exist, or a message the reporter is not a party of (ids then leak nothing). */
    void requireReportable(ReportTarget type, long id, AccountId reporter) {
        boolean exists = switch (type) {
            case FORUM_POST -> post(id).filter(post -> !post.hidden()).isPresent();
            case LISTING -> listing(id).isPresent();
            case MESSAGE -> message(id).filter(message -> message.involves(reporter)).isPresent();
            case USER -> account(id).isPresent();
        };
        if (!exists) {
            throw new ReportTargetNotFoundException();
        }
    }

    /** A one-line description of the target and its site-relative page ("" for none). */
    Description describe(ReportTarget type, long id, Map<AccountId, String> names) {
        return switch (type) {
            case FORUM_POST -> post(id).map(post -> new Description("“" + post.title() + "” — " + excerpt(post.markdown()),
                    "/forum/" + id)).orElse(Description.GONE);
            case LISTING -> listing(id).map(listing -> new Description("Listing #" + id + " (" + listing.status().code() + ") by "
                    + Members.nameOf(names, listing.seller()) + listing.terms().description().map(text -> ": " + excerpt(text))
                    .orElse(""), ListingPaths.of(id))).orElse(Description.GONE);
            case MESSAGE -> message(id).map(message -> new Description(Members.nameOf(names, message.sender()) + " → "
                    + Members.nameOf(names, message.recipient()) + ": " + excerpt(message.body()), "")).orElse(Description.GONE);
            case USER -> account(id).map(account -> new Description(account.username().value(), ""))
                    .orElse(Description.GONE);
        };
    }

    /** The accounts a target's description names (a listing's seller, a message's parties). */
    List<AccountId> accountsNamed(ReportTarget type, long id) {
        return switch (type) {
            case LISTING -> listing(id).map(listing -> List.of(listing.seller())).orElse(List.of());
            case MESSAGE -> message(id).map(message -> List.of(message.sender(), message.recipient())).orElse(List.of());
            case FORUM_POST, USER -> List.of();
        };
    }

    private Optional<ForumPost> post(long id) {
        return id > 0 ? posts.findById(new ForumPostId(id)) : Optional.empty();
    }

    private Optional<Listing> listing(long id) {
        return id > 0 ? listings.findById(new ListingId(id)) : Optional.empty();
    }

    private Optional<Message> message(long id) {
        return id > 0 ? messages.findById(new MessageId(id)) : Optional.empty();
    }

    private Optional<Account> account(long id) {
        return id > 0 ? accounts.findById(new AccountId(id)) : Optional.empty();
    }

    private static String excerpt(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > EXCERPT ? line.substring(0, EXCERPT) + "…" : line;
    }

    record Description(String summary, String url) {
        static final Description GONE = new Description("(no longer exists)", "");
    }
}
