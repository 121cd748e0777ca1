package io.cardvault.domain.community;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.ListingId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A private message from one account to another, optionally about a listing and in reply to an
 * earlier message. Only the read flag changes after it is sent (the recipient opens it), and a
 * moderator may hide it, after which neither party reads it any more.
 */
public record Message(Optional<MessageId> id, AccountId sender, AccountId recipient, Optional<ListingId> listing,
                      Optional<String> subject, String body, Optional<MessageId> parent, boolean read, boolean hidden,
                      Instant createdAt) {

    public static final int MAX_BODY = 5_000;
    public static final int MAX_SUBJECT = 200;

    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(listing, "listing");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(createdAt, "createdAt");
        if (sender.equals(recipient)) {
            throw new SelfAddressedException("you cannot send a message to yourself");
        }
        InvalidCommunityDataException.requireText(body, MAX_BODY, "body");
        subject = subject.filter(text -> !text.isBlank());
        subject.ifPresent(text -> InvalidCommunityDataException.require(text.length() <= MAX_SUBJECT, "subject",
                "subject has at most " + MAX_SUBJECT + " characters"));
    }

    /** A new, unread message, not stored yet. */
    public static Message compose(AccountId sender, AccountId recipient, Optional<ListingId> listing, Optional<String> subject,
                                  String body, Optional<MessageId> parent, Instant now) {
        return new Message(Optional.empty(), sender, recipient, listing, subject, body, parent, false, false, now);
    }

    public Message stored(MessageId storedId) {
        return new Message(Optional.of(storedId), sender, recipient, listing, subject, body, parent, read, hidden, createdAt);
    }

    /** The message as its recipient has opened it. */
    public Message opened() {
        return new Message(id, sender, recipient, listing, subject, body, parent, true, hidden, createdAt);
    }

    public MessageId requireId() {
        return id.orElseThrow(() -> new IllegalStateException("message not stored yet"));
    }

    /** Whether the account wrote or received it. */
    public boolean involves(AccountId account) {
        return sender.equals(account) || recipient.equals(account);
    }

    /** The other party, seen from one of the two. */
    public AccountId counterpartOf(AccountId account) {
        return sender.equals(account) ? recipient : sender;
    }
}
