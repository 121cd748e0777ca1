package io.cardvault.application.service.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.community.Conversation;
import io.cardvault.application.port.in.community.FileReportCommand;
import io.cardvault.application.port.in.community.ForumPostNotFoundException;
import io.cardvault.application.port.in.community.ForumPostView;
import io.cardvault.application.port.in.community.MemberNotFoundException;
import io.cardvault.application.port.in.community.MessageList;
import io.cardvault.application.port.in.community.MessageListQuery;
import io.cardvault.application.port.in.community.MessageThread;
import io.cardvault.application.port.in.community.MessageView;
import io.cardvault.application.port.in.community.ModerateReportCommand;
import io.cardvault.application.port.in.community.ModerationQueue;
import io.cardvault.application.port.in.community.PostForumPostCommand;
import io.cardvault.application.port.in.community.ReportTargetNotFoundException;
import io.cardvault.application.port.in.community.SendMessageCommand;
import io.cardvault.application.port.out.InMemoryBlockList;
import io.cardvault.application.port.out.InMemoryForumPosts;
import io.cardvault.application.port.out.InMemoryListingStore;
import io.cardvault.application.port.out.InMemoryMarketEvents;
import io.cardvault.application.port.out.InMemoryMessageStore;
import io.cardvault.application.port.out.InMemoryNotificationStore;
import io.cardvault.application.port.out.InMemoryReportStore;
import io.cardvault.application.port.out.MarketplaceSamples;
import io.cardvault.application.port.out.RenderMarkdownPort;
import io.cardvault.application.port.out.account.AccountFixtures;
import io.cardvault.application.port.out.account.InMemoryAccountStore;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.Notification;
import io.cardvault.domain.collection.NotificationKind;
import io.cardvault.domain.community.BlockedByUserException;
import io.cardvault.domain.community.MessageFolder;
import io.cardvault.domain.community.ModerationDecision;
import io.cardvault.domain.community.Report;
import io.cardvault.domain.community.ReportCategory;
import io.cardvault.domain.community.ReportNotOpenException;
import io.cardvault.domain.community.ReportStatus;
import io.cardvault.domain.community.ReportTarget;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingStatus;
import io.cardvault.domain.realtime.MarketEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommunityServicesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);
    /** What the real renderer does to raw HTML, enough to see the service stores what the port returned. */
    private static final RenderMarkdownPort ESCAPING = markdown -> "<p>" + markdown.replace("<", "&lt;") + "</p>";

    private final InMemoryAccountStore accounts = new InMemoryAccountStore();
    private final InMemoryMessageStore messages = new InMemoryMessageStore();
    private final InMemoryBlockList blocks = new InMemoryBlockList();
    private final InMemoryListingStore listings = new InMemoryListingStore();
    private final InMemoryNotificationStore notifications = new InMemoryNotificationStore();
    private final InMemoryMarketEvents events = new InMemoryMarketEvents();
    private final InMemoryForumPosts posts = new InMemoryForumPosts();
    private final InMemoryReportStore reports = new InMemoryReportStore();

    private final SendMessageService send = new SendMessageService(messages, blocks, listings, accounts, notifications, events,
            CLOCK);
    private final ListMessagesService list = new ListMessagesService(messages, accounts);
    private final ListMessageThreadsService threads = new ListMessageThreadsService(messages, accounts);
    private final ReadConversationService conversation = new ReadConversationService(messages, blocks, accounts);
    private final BlockUserService block = new BlockUserService(blocks, accounts, CLOCK);
    private final UnblockUserService unblock = new UnblockUserService(blocks, accounts);
    private final PostForumPostService post = new PostForumPostService(posts, ESCAPING, accounts, CLOCK);
    private final ListForumPostsService listPosts = new ListForumPostsService(posts, accounts);
    private final ReadForumPostService readPost = new ReadForumPostService(posts, accounts);
    private final FileReportService file = new FileReportService(reports, posts, listings, messages, accounts, CLOCK);
    private final LoadModerationQueueService queue = new LoadModerationQueueService(reports, posts, listings, messages, accounts);
    private final ModerateReportService moderate = new ModerateReportService(reports, posts, listings, messages, CLOCK);

    private Account alice;
    private Account bob;
    private Account carol;

    @BeforeEach
    void members() {
        alice = accounts.add(AccountFixtures.newAccount("alice"));
        bob = accounts.add(AccountFixtures.newAccount("bob"));
        carol = accounts.add(AccountFixtures.newAccount("carol"));
    }

    private MessageView message(Account from, Account to, String body) {
        return send.send(new SendMessageCommand(from.requireId(), to.username().value(), body, Optional.empty(), Optional.empty(),
                Optional.empty()));
    }

    @Test
    void givenMessage_send_storesItAndTellsTheRecipientInTheFeedAndOnTheirChannel() {
        MessageView sent = message(alice, bob, "Is it still available?");

        assertThat(sent.direction()).isEqualTo("sent");
        assertThat(sent.toUsername()).isEqualTo(bob.username().value());
        Notification note = notifications.findByOwner(bob.requireId(), 10, 0).items().get(0);
        assertThat(note.kind()).isEqualTo(NotificationKind.NEW_MESSAGE);
        assertThat(note.data()).containsEntry("message_id", sent.message().requireId().value())
                .containsEntry("from_username", alice.username().value());
        assertThat(note.url()).contains("/messages/" + alice.username().value());
        List<MarketEvent> frames = events.published();
        assertThat(frames).hasSize(1);
        assertThat(frames.get(0)).isInstanceOfSatisfying(io.cardvault.domain.realtime.Notification.class,
                frame -> assertThat(frame.recipient()).isEqualTo(bob.requireId()));
    }

    @Test
    void givenRecipientBlockedTheSender_send_isRefusedAndNothingIsWritten() {
        block.block(bob.requireId(), alice.username().value());

        assertThatThrownBy(() -> message(alice, bob, "hello?")).isInstanceOf(BlockedByUserException.class);
        assertThat(messages.countUnread(bob.requireId())).isZero();
        assertThat(notifications.countUnread(bob.requireId())).isEmpty();
        assertThat(events.published()).isEmpty();
        message(bob, alice, "the blocker may still write");
        unblock.unblock(bob.requireId(), alice.username().value());
        message(alice, bob, "after the unblock");
    }

    @Test
    void givenUnknownRecipientOrForeignParent_send_isRefused() {
        assertThatThrownBy(() -> send.send(new SendMessageCommand(alice.requireId(), "nobody-at-all", "hi", Optional.empty(),
                Optional.empty(), Optional.empty()))).isInstanceOf(MemberNotFoundException.class);
        assertThatThrownBy(() -> send.send(new SendMessageCommand(alice.requireId(), "Not A Name!", "hi", Optional.empty(),
                Optional.empty(), Optional.empty()))).isInstanceOf(MemberNotFoundException.class);
        MessageView private1 = message(bob, carol, "between us");
        assertThatThrownBy(() -> send.send(new SendMessageCommand(alice.requireId(), bob.username().value(), "reply",
                Optional.empty(), Optional.empty(), Optional.of(private1.message().requireId()))))
                .hasMessageContaining("no message of yours");
    }

    @Test
    void givenExchanges_threadsGroupByCounterpartAndAConversationMarksOnlyReceivedRead() {
        message(alice, bob, "one");
        message(bob, alice, "two");
        message(carol, bob, "hi bob");
        message(alice, bob, "three");

        List<MessageThread> bobs = threads.threads(bob.requireId());
        assertThat(bobs).extracting(MessageThread::username).containsExactly(alice.username().value(), carol.username().value());
        assertThat(bobs.get(0).messages()).isEqualTo(3);
        assertThat(bobs.get(0).unread()).isEqualTo(2);

        Conversation read = conversation.read(bob.requireId(), alice.username().value(), Optional.empty());
        assertThat(read.messages()).extracting(view -> view.message().body()).containsExactly("one", "two", "three");
        assertThat(read.markedRead()).isEqualTo(2);
        assertThat(read.messages()).allMatch(view -> view.message().read() || view.message().sender().equals(bob.requireId()));
        MessageList inbox = list.list(new MessageListQuery(bob.requireId(), MessageFolder.INBOX, Optional.empty(), 50));
        assertThat(inbox.unreadCount()).isEqualTo(1);
        assertThat(inbox.items()).hasSize(3);
        assertThat(list.list(new MessageListQuery(alice.requireId(), MessageFolder.INBOX, Optional.empty(), 50)).unreadCount())
                .isEqualTo(1);
    }

    @Test
    void givenMarkdown_post_storesTheRenderedHtmlAndHiddenPostsAreNotRead() {
        ForumPostView written = post.post(new PostForumPostCommand(alice.requireId(), "Tips", "<b>hi</b>"));

        assertThat(written.post().html()).isEqualTo("<p>&lt;b>hi&lt;/b></p>");
        assertThat(written.authorUsername()).isEqualTo(alice.username().value());
        assertThat(readPost.read(written.post().requireId()).post().markdown()).isEqualTo("<b>hi</b>");
        assertThat(listPosts.list(10, 0).total()).isEqualTo(1);
        posts.hide(written.post().requireId());
        assertThatThrownBy(() -> readPost.read(written.post().requireId())).isInstanceOf(ForumPostNotFoundException.class);
        assertThat(listPosts.list(10, 0).items()).isEmpty();
    }

    @Test
    void givenTargets_fileReport_acceptsWhatExistsForTheReporter() {
        MessageView privateMessage = message(bob, carol, "between us");
        long postId = post.post(new PostForumPostCommand(bob.requireId(), "Spam", "buy now")).post().requireId().value();

        assertThat(file.file(new FileReportCommand(alice.requireId(), ReportTarget.FORUM_POST, postId, "spam",
                ReportCategory.SPAM)).status()).isEqualTo(ReportStatus.OPEN);
        assertThat(file.file(new FileReportCommand(alice.requireId(), ReportTarget.USER, bob.requireId().value(), "scammer",
                ReportCategory.FRAUD)).targetType()).isEqualTo(ReportTarget.USER);
        assertThatThrownBy(() -> file.file(new FileReportCommand(alice.requireId(), ReportTarget.MESSAGE,
                privateMessage.message().requireId().value(), "x", ReportCategory.ABUSE)))
                .isInstanceOf(ReportTargetNotFoundException.class);
        assertThat(file.file(new FileReportCommand(carol.requireId(), ReportTarget.MESSAGE,
                privateMessage.message().requireId().value(), "x", ReportCategory.ABUSE)).targetId())
                .isEqualTo(privateMessage.message().requireId().value());
        assertThatThrownBy(() -> file.file(new FileReportCommand(alice.requireId(), ReportTarget.LISTING, 999, "x",
                ReportCategory.OTHER))).isInstanceOf(ReportTargetNotFoundException.class);
    }

    @Test
    void givenOpenReports_moderation_hidesTargetsOnceAndKeepsTheTrail() {
        long postId = post.post(new PostForumPostCommand(bob.requireId(), "Spam", "buy followers")).post().requireId().value();
        Listing listing = listings.add(MarketplaceSamples.listing(bob.requireId(), new CardId(4), "10.00", CLOCK.instant()));
        MessageView abusive = message(bob, carol, "abuse");
        Report onPost = file.file(new FileReportCommand(alice.requireId(), ReportTarget.FORUM_POST, postId, "spam", ReportCategory.SPAM));
        Report onListing = file.file(new FileReportCommand(alice.requireId(), ReportTarget.LISTING, listing.requireId().value(),
                "fake", ReportCategory.FRAUD));
        Report onMessage = file.file(new FileReportCommand(carol.requireId(), ReportTarget.MESSAGE,
                abusive.message().requireId().value(), "abuse", ReportCategory.ABUSE));
        Report onUser = file.file(new FileReportCommand(alice.requireId(), ReportTarget.USER, bob.requireId().value(), "meh",
                ReportCategory.OTHER));

        ModerationQueue before = queue.load();
        assertThat(before.open()).hasSize(4);
        assertThat(before.open().get(0).targetSummary()).contains("Spam");
        assertThat(before.open().get(0).targetUrl()).isEqualTo("/forum/" + postId);
        assertThat(before.open().get(0).reporterUsername()).isEqualTo(alice.username().value());

        AccountId moderator = carol.requireId();
        moderate.decide(new ModerateReportCommand(moderator, onPost.requireId(), ModerationDecision.HIDE));
        moderate.decide(new ModerateReportCommand(moderator, onListing.requireId(), ModerationDecision.HIDE));
        moderate.decide(new ModerateReportCommand(moderator, onMessage.requireId(), ModerationDecision.HIDE));
        moderate.decide(new ModerateReportCommand(moderator, onUser.requireId(), ModerationDecision.DISMISS));

        assertThat(posts.findVisible(10, 0).items()).isEmpty();
        assertThat(listings.findById(listing.requireId()).orElseThrow().status()).isEqualTo(ListingStatus.WITHDRAWN);
        assertThat(messages.findInFolder(carol.requireId(), MessageFolder.INBOX, Optional.empty(), 10)).isEmpty();
        assertThatThrownBy(() -> moderate.decide(new ModerateReportCommand(moderator, onPost.requireId(),
                ModerationDecision.DISMISS))).isInstanceOf(ReportNotOpenException.class);
        ModerationQueue after = queue.load();
        assertThat(after.open()).isEmpty();
        assertThat(after.trail()).hasSize(4);
        assertThat(after.trail()).allMatch(entry -> entry.moderatorUsername().equals(carol.username().value()));
    }
}
