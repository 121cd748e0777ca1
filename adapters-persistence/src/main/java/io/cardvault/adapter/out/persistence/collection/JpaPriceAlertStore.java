package io.cardvault.adapter.out.persistence.collection;

import static io.cardvault.adapter.out.persistence.UtcWallClock.utc;

import io.cardvault.adapter.out.persistence.UniqueKeys;
import io.cardvault.application.port.out.PriceAlertStorePort;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.DuplicatePriceAlertException;
import io.cardvault.domain.collection.PriceAlert;
import io.cardvault.domain.collection.PriceAlertId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Price alerts through JPA on the container's transaction-scoped {@code EntityManager}. The two rules
 * two nodes could break between them are the database's: a second active alert of the same owner,
 * card, side and target is refused by the unique key {@code uk_price_alert_active} (the insert is
 * flushed at once, so the caller hears it as {@link DuplicatePriceAlertException}), and triggering is
 * one conditional {@code UPDATE}: of two nodes judging the same price, the one whose update changed
 * the row notifies, the other's changes nothing. Bulk updates bypass the persistence context, so an
 * alert read earlier in the same transaction still shows itself active; read it again in a new one.
 */
@ApplicationScoped
class JpaPriceAlertStore implements PriceAlertStorePort {

    /** Cards per statement when a price move checks its alerts: a bounded IN list. */
    private static final int CARD_CHUNK = 500;
    /**
     * From this many cards on (a whole market file moves most of the catalogue) one pass over the active
     * alerts, filtered here, beats dozens of IN lists: at the demo's size (46k changed prices, 5,000
     * alerts) the check's lookups took most of its time chunk by chunk (bench/prices-ingest/alert-check.sh).
     */
    static final int ONE_PASS_FROM = 4 * CARD_CHUNK;

    private static final String ACTIVE_ALERT_KEY = "uk_price_alert_active";

    private final EntityManager entityManager;

    @Inject
    JpaPriceAlertStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's client proxy only. */
    protected JpaPriceAlertStore() {
        this.entityManager = null;
    }

    @Override
    public PriceAlert add(PriceAlert alert) {
        PriceAlertJpaEntity row = PriceAlertJpaMapper.toNewEntity(alert);
        try {
            entityManager.persist(row);
            entityManager.flush(); // the unique key decides a race now, and the id is assigned
        } catch (PersistenceException e) {
            if (UniqueKeys.refusedBy(e, ACTIVE_ALERT_KEY)) {
                throw new DuplicatePriceAlertException();
            }
            throw e;
        }
        return PriceAlertJpaMapper.toDomain(row);
    }

    @Override
    public Optional<PriceAlert> findById(PriceAlertId id) {
        return Optional.ofNullable(entityManager.find(PriceAlertJpaEntity.class, id.value())).map(PriceAlertJpaMapper::toDomain);
    }

    @Override
    public List<PriceAlert> findByOwner(AccountId owner) {
        return entityManager.createQuery("SELECT a FROM PriceAlertJpaEntity a WHERE a.accountId = :owner"
                        + " ORDER BY a.createdAt DESC, a.id DESC", PriceAlertJpaEntity.class)
                .setParameter("owner", owner.value())
                .getResultStream().map(PriceAlertJpaMapper::toDomain).toList();
    }

    @Override
    public List<PriceAlert> findActiveFor(Collection<CardId> cards) {
        // columns, not entities: the check reads every alert on the moved cards and changes few of them
        // (markTriggered is its own UPDATE), so managed rows would only cost their snapshots and the commit's dirty check
        List<Long> ids = cards.stream().map(CardId::value).distinct().toList();
        if (ids.size() >= ONE_PASS_FROM) {
            Set<Long> wanted = new HashSet<>(ids);
            return entityManager.createQuery("SELECT " + PriceAlertJpaMapper.ACTIVE_COLUMNS
                            + " FROM PriceAlertJpaEntity a WHERE a.triggeredAt IS NULL ORDER BY a.id", Object[].class)
                    .getResultStream().filter(row -> wanted.contains((Long) row[2])).map(PriceAlertJpaMapper::activeToDomain).toList();
        }
        List<PriceAlert> active = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CARD_CHUNK) {
            entityManager.createQuery("SELECT " + PriceAlertJpaMapper.ACTIVE_COLUMNS + " FROM PriceAlertJpaEntity a"
                            + " WHERE a.cardId IN :cards AND a.triggeredAt IS NULL ORDER BY a.id", Object[].class)
                    .setParameter("cards", new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + CARD_CHUNK))))
                    .getResultStream().map(PriceAlertJpaMapper::activeToDomain).forEach(active::add);
        }
        return active;
    }

    @Override
    public boolean markTriggered(PriceAlertId id, Instant at) {
        return entityManager.createQuery("UPDATE PriceAlertJpaEntity a SET a.triggeredAt = :at"
                        + " WHERE a.id = :id AND a.triggeredAt IS NULL")
                .setParameter("at", utc(at))
                .setParameter("id", id.value())
                .executeUpdate() == 1;
    }

    @Override
    public void delete(PriceAlertId id) {
        entityManager.createQuery("DELETE FROM PriceAlertJpaEntity a WHERE a.id = :id")
                .setParameter("id", id.value()).executeUpdate();
    }
}
