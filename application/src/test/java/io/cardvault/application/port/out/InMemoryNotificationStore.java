package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.collection.Notification;
import io.cardvault.domain.collection.NotificationId;
import io.cardvault.domain.collection.NotificationKind;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** The notification store in memory. */
public class InMemoryNotificationStore implements NotificationStorePort {

    private final Map<Long, Notification> notifications = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public Notification add(Notification notification) {
        Notification stored = notification.stored(new NotificationId(ids.incrementAndGet()));
        notifications.put(stored.id().orElseThrow().value(), stored);
        return stored;
    }

    @Override
    public Slice<Notification> findByOwner(AccountId owner, int limit, int offset) {
        List<Notification> owned = owned(owner)
                .sorted(Comparator.comparing(Notification::createdAt)
                        .thenComparing(n -> n.id().orElseThrow().value()).reversed()).toList();
        return new Slice<>(owned.stream().skip(offset).limit(limit).toList(), owned.size());
    }

    @Override
    public Map<NotificationKind, Long> countUnread(AccountId owner) {
        Map<NotificationKind, Long> counts = new EnumMap<>(NotificationKind.class);
        owned(owner).filter(n -> !n.read()).forEach(n -> counts.merge(n.kind(), 1L, Long::sum));
        return counts;
    }

    @Override
    public int markRead(AccountId owner, Collection<NotificationId> ids) {
        return markRead(owned(owner).filter(n -> ids.contains(n.id().orElseThrow())).toList());
    }

    @Override
    public int markAllRead(AccountId owner) {
        return markRead(owned(owner).toList());
    }

    private int markRead(List<Notification> chosen) {
        int changed = 0;
        for (Notification n : chosen) {
            if (!n.read()) {
                notifications.put(n.id().orElseThrow().value(), new Notification(n.id(), n.owner(), n.kind(), n.title(), n.body(),
                        n.data(), n.url(), true, n.createdAt()));
                changed++;
            }
        }
        return changed;
    }

    private java.util.stream.Stream<Notification> owned(AccountId owner) {
        return notifications.values().stream().filter(n -> n.owner().equals(owner));
    }
}
