package io.cardvault.application.port.out;

import io.cardvault.domain.community.MessageFolder;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.community.Message;
import io.cardvault.domain.community.MessageId;
import io.cardvault.domain.marketplace.ListingId;
import java.util.List;
import java.util.Optional;

/** Outgoing port: private messages. Hidden messages are never returned by the reads below, only by {@link #findById}. */
public interface MessageStorePort {

    /** Stores a new message and returns it with its id. */
    Message add(Message message);

    Optional<Message> findById(MessageId id);

    /** The owner's visible messages in a folder, newest first, optionally about one listing, at most {@code limit}. */
    List<Message> findInFolder(AccountId owner, MessageFolder folder, Optional<ListingId> listing, int limit);

    /** How many visible messages the owner received and has not read. */
    long countUnread(AccountId owner);

    /** The visible messages between two accounts, oldest first, optionally about one listing, the newest {@code limit}. */
    List<Message> findBetween(AccountId owner, AccountId other, Optional<ListingId> listing, int limit);

    /** Marks read what {@code owner} received from {@code other} (optionally about one listing); returns how many changed. */
    int markReadFrom(AccountId owner, AccountId other, Optional<ListingId> listing);

    /** Takes the message out of both parties' reads; false when there is no such message. */
    boolean hide(MessageId id);
}
