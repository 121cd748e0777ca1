package io.cardvault.adapter.out.persistence.collection;

import io.cardvault.application.port.out.NotificationStorePort;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.collection.Notification;
import io.cardvault.domain.collection.NotificationId;
import io.cardvault.domain.collection.NotificationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The notification feed through JPA on the container's transaction-scoped {@code EntityManager}.
 * Marking read is one bulk update per call, limited to the owner's rows, so ids of another account
 * change nothing and two tabs marking the same ids count each change once.
 */
@ApplicationScoped
class JpaNotificationStore implements NotificationStorePort {

    /** Ids per statement when marking read: a bounded IN list. */
    private static final int ID_CHUNK = 500;

    private final EntityManager entityManager;

    @Inject
    JpaNotificationStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's client proxy only. */
    protected JpaNotificationStore() {
        this.entityManager = null;
    }

    @Override
    public Notification add(Notification notification) {
        NotificationJpaEntity row = NotificationJpaMapper.toNewEntity(notification);
        entityManager.persist(row);
        entityManager.flush(); // assigns the id
        return notification.stored(new NotificationId(row.id()));
    }

    @Override
    public Slice<Notification> findByOwner(AccountId owner, int limit, int offset) {
        long total = entityManager.createQuery("SELECT COUNT(n) FROM NotificationJpaEntity n WHERE n.accountId = :owner",
                        Long.class)
                .setParameter("owner", owner.value())
                .getSingleResult();
        if (limit <= 0 || offset >= total) {
            return new Slice<>(List.of(), total);
        }
        return new Slice<>(entityManager.createQuery("SELECT n FROM NotificationJpaEntity n WHERE n.accountId = :owner"
                        + " ORDER BY n.createdAt DESC, n.id DESC", NotificationJpaEntity.class)
                .setParameter("owner", owner.value())
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream().map(NotificationJpaMapper::toDomain).flatMap(Optional::stream).toList(), total);
    }

    @Override
    public Map<NotificationKind, Long> countUnread(AccountId owner) {
        Map<NotificationKind, Long> counts = new EnumMap<>(NotificationKind.class);
        entityManager.createQuery("SELECT n.kind, COUNT(n) FROM NotificationJpaEntity n"
                        + " WHERE n.accountId = :owner AND n.read = FALSE GROUP BY n.kind", Object[].class)
                .setParameter("owner", owner.value())
                .getResultStream()
                .forEach(row -> NotificationKind.find((String) row[0]).ifPresent(kind -> counts.put(kind, (Long) row[1])));
        return counts;
    }

    @Override
    public int markRead(AccountId owner, Collection<NotificationId> ids) {
        List<Long> chosen = ids.stream().map(NotificationId::value).distinct().toList();
        int changed = 0;
        for (int from = 0; from < chosen.size(); from += ID_CHUNK) {
            changed += entityManager.createQuery("UPDATE NotificationJpaEntity n SET n.read = TRUE"
                            + " WHERE n.accountId = :owner AND n.read = FALSE AND n.id IN :ids")
                    .setParameter("owner", owner.value())
                    .setParameter("ids", new ArrayList<>(chosen.subList(from, Math.min(chosen.size(), from + ID_CHUNK))))
                    .executeUpdate();
        }
        return changed;
    }

    @Override
    public int markAllRead(AccountId owner) {
        return entityManager.createQuery("UPDATE NotificationJpaEntity n SET n.read = TRUE"
                        + " WHERE n.accountId = :owner AND n.read = FALSE")
                .setParameter("owner", owner.value())
                .executeUpdate();
    }
}
