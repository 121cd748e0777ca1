package io.cardvault.adapter.out.persistence.scan;

import io.cardvault.application.port.out.ScanSessionStorePort;
import io.cardvault.domain.scan.ScanSession;
import io.cardvault.domain.scan.ScanSessionId;
import io.cardvault.domain.scan.ScanStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Scan sessions through JPA on the container's transaction-scoped {@code EntityManager}. A session
 * held for update is read with a row lock ({@code SELECT … FOR UPDATE}), so two nodes claiming one
 * session at once are served one after the other and the second sees it claimed. The purge's
 * expiry rule is {@link ScanSession#statusAt}'s, written as a query.
 */
@ApplicationScoped
class JpaScanSessionStore implements ScanSessionStorePort {

    private final EntityManager entityManager;

    @Inject
    JpaScanSessionStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's client proxy only. */
    protected JpaScanSessionStore() {
        this.entityManager = null;
    }

    @Override
    public void add(ScanSession session) {
        entityManager.persist(ScanSessionJpaMapper.toNewRow(session));
        entityManager.flush();
    }

    @Override
    public Optional<ScanSession> find(ScanSessionId id) {
        return Optional.ofNullable(entityManager.find(ScanSessionJpaEntity.class, id.value())).map(ScanSessionJpaMapper::toDomain);
    }

    @Override
    public Optional<ScanSession> findForUpdate(ScanSessionId id) {
        ScanSessionJpaEntity row = entityManager.find(ScanSessionJpaEntity.class, id.value());
        if (row == null) {
            return Optional.empty();
        }
        entityManager.refresh(row, LockModeType.PESSIMISTIC_WRITE); // the current row, locked till the commit
        return Optional.of(ScanSessionJpaMapper.toDomain(row));
    }

    @Override
    public void update(ScanSession session) {
        ScanSessionJpaEntity row = entityManager.find(ScanSessionJpaEntity.class, session.id().value());
        if (row == null) {
            throw new IllegalStateException("scan session " + session.id() + " is not stored");
        }
        ScanSessionJpaMapper.copyState(session, row);
        entityManager.flush();
    }

    @Override
    public List<ScanSessionId> findExpired(Instant now, int limit) {
        return entityManager.createQuery("SELECT s.id FROM ScanSessionJpaEntity s WHERE s.expiresAt <= :now"
                        + " OR (s.status <> :completed AND s.lastActivityAt <= :idleSince) ORDER BY s.id", String.class)
                .setParameter("now", ScanSessionJpaMapper.utc(now))
                .setParameter("completed", ScanStatus.COMPLETED.code())
                .setParameter("idleSince", ScanSessionJpaMapper.utc(now.minus(ScanSession.IDLE)))
                .setMaxResults(limit)
                .getResultList().stream().map(ScanSessionId::new).toList();
    }

    @Override
    public int delete(List<ScanSessionId> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        // the cards go by the foreign key's cascade
        return entityManager.createQuery("DELETE FROM ScanSessionJpaEntity s WHERE s.id IN :ids")
                .setParameter("ids", ids.stream().map(ScanSessionId::value).toList())
                .executeUpdate();
    }
}
