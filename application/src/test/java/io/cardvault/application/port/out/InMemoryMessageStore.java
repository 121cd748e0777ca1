package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.community.Message;
import io.cardvault.domain.community.MessageFolder;
import io.cardvault.domain.community.MessageId;
import io.cardvault.domain.marketplace.ListingId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/** The message store in memory. */
public class InMemoryMessageStore implements MessageStorePort {

    private static final Comparator<Message> NEWEST_FIRST = Comparator.comparing(Message::createdAt)
            .thenComparing(message -> message.requireId().value()).reversed();

    private final Map<Long, Message> messages = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public Message add(Message message) {
        Message stored = message.stored(new MessageId(ids.incrementAndGet()));
        messages.put(stored.requireId().value(), stored);
        return stored;
    }

    @Override
    public Optional<Message> findById(MessageId id) {
        return Optional.ofNullable(messages.get(id.value()));
    }

    @Override
    public List<Message> findInFolder(AccountId owner, MessageFolder folder, Optional<ListingId> listing, int limit) {
        Predicate<Message> inFolder = switch (folder) {
            case INBOX -> message -> message.recipient().equals(owner);
            case SENT -> message -> message.sender().equals(owner);
            case ALL -> message -> message.involves(owner);
        };
        return visible(listing).filter(inFolder).sorted(NEWEST_FIRST).limit(limit).toList();
    }

    @Override
    public long countUnread(AccountId owner) {
        return visible(Optional.empty()).filter(message -> message.recipient().equals(owner) && !message.read()).count();
    }

    @Override
    public List<Message> findBetween(AccountId owner, AccountId other, Optional<ListingId> listing, int limit) {
        return visible(listing).filter(message -> message.involves(owner) && message.involves(other)).sorted(NEWEST_FIRST)
                .limit(limit).sorted(NEWEST_FIRST.reversed()).toList();
    }

    @Override
    public int markReadFrom(AccountId owner, AccountId other, Optional<ListingId> listing) {
        List<Message> unread = visible(listing).filter(message -> message.recipient().equals(owner)
                && message.sender().equals(other) && !message.read()).toList();
        unread.forEach(message -> messages.put(message.requireId().value(), message.opened()));
        return unread.size();
    }

    @Override
    public boolean hide(MessageId id) {
        Message found = messages.get(id.value());
        if (found == null) {
            return false;
        }
        messages.put(id.value(), new Message(found.id(), found.sender(), found.recipient(), found.listing(), found.subject(),
                found.body(), found.parent(), found.read(), true, found.createdAt()));
        return true;
    }

    private java.util.stream.Stream<Message> visible(Optional<ListingId> listing) {
        return messages.values().stream().filter(message -> !message.hidden())
                .filter(message -> listing.isEmpty() || message.listing().equals(listing));
    }
}
