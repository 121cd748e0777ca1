package io.cardvault.application.service.community;

import io.cardvault.application.port.in.community.MessageView;
import io.cardvault.application.port.in.community.SendMessageCommand;
import io.cardvault.application.port.in.community.SendMessageUseCase;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.BlockListPort;
import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.port.out.MessageStorePort;
import io.cardvault.application.port.out.NotificationStorePort;
import io.cardvault.application.port.out.PublishMarketEventPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.collection.Notification;
import io.cardvault.domain.collection.NotificationKind;
import io.cardvault.domain.community.BlockedByUserException;
import io.cardvault.domain.community.InvalidCommunityDataException;
import io.cardvault.domain.community.Message;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends a private message and tells the recipient: a {@code new_message} notification written in this
 * transaction and a {@code user:<id>} frame that leaves once it commits. A listing named must exist;
 * a parent must be a message the sender is a party of.
 */
@UseCase
public class SendMessageService implements SendMessageUseCase {

    /** The notification's body shows the start of the message; the whole is on the conversation page. */
    private static final int PREVIEW = 280;

    private final MessageStorePort messages;
    private final BlockListPort blocks;
    private final ListingStorePort listings;
    private final NotificationStorePort notifications;
    private final PublishMarketEventPort events;
    private final Members members;
    private final Clock clock;

    @Inject
    public SendMessageService(MessageStorePort messages, BlockListPort blocks, ListingStorePort listings,
                              AccountStorePort accounts, NotificationStorePort notifications, PublishMarketEventPort events) {
        this(messages, blocks, listings, accounts, notifications, events, Clock.systemUTC());
    }

    public SendMessageService(MessageStorePort messages, BlockListPort blocks, ListingStorePort listings,
                              AccountStorePort accounts, NotificationStorePort notifications, PublishMarketEventPort events,
                              Clock clock) {
        this.messages = messages;
        this.blocks = blocks;
        this.listings = listings;
        this.notifications = notifications;
        this.events = events;
        this.members = new Members(accounts);
        this.clock = clock;
    }

    @Override
    public MessageView send(SendMessageCommand command) {
        Instant now = clock.instant();
        AccountId recipient = members.byUsername(command.toUsername());
        Message draft = Message.compose(command.sender(), recipient, command.listing(), command.subject(), command.body(),
                command.parent(), now);
        if (blocks.isBlocked(recipient, command.sender())) {
            throw new BlockedByUserException();
        }
        command.listing().ifPresent(listing -> {
            if (listings.findById(listing).isEmpty()) {
                throw new InvalidCommunityDataException("listing_id", "no listing with id " + listing.value());
            }
        });
        command.parent().ifPresent(parent -> {
            if (messages.findById(parent).filter(earlier -> earlier.involves(command.sender())).isEmpty()) {
                throw new InvalidCommunityDataException("parent_id", "no message of yours with id " + parent.value());
            }
        });
        Message sent = messages.add(draft);
        MessageView view = MessageViews.of(List.of(sent), command.sender(), members).get(0);
        tell(sent, view.fromUsername(), now);
        return view;
    }

    private void tell(Message sent, String from, Instant now) {
        String title = "Message from " + from;
        String body = sent.body().length() > PREVIEW ? sent.body().substring(0, PREVIEW) + "…" : sent.body();
        String url = "/messages/" + from;
        notifications.add(Notification.unread(sent.recipient(), NotificationKind.NEW_MESSAGE, title, body,
                Map.of("message_id", sent.requireId().value(), "from_username", from), Optional.of(url), now));
        events.publish(new io.cardvault.domain.realtime.Notification(sent.recipient(), NotificationKind.NEW_MESSAGE.code(),
                title, body, url));
    }
}
