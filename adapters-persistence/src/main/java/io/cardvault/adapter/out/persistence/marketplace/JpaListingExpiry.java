package io.cardvault.adapter.out.persistence.marketplace;

import static io.cardvault.adapter.out.persistence.UtcWallClock.utc;

import io.cardvault.application.port.out.ListingExpiryPort;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.marketplace.ListingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The expiry job's reads and writes. Expiring is one bulk {@code UPDATE} (the rule of
 * {@link Listing#isPastExpiryAt}, on the status-and-expiry index) that also moves each row's version,
 * so a sale that read the listing before loses its optimistic race as against any other change;
 * after it the persistence context is cleared, since a bulk write bypasses it. The renewal-mail
 * record is {@code market_listing_reminder}, written with {@code INSERT IGNORE} on its primary key
 * (listing, expiry): of two nodes recording the same mail exactly one inserts a row, and neither
 * sees an error that would mark its transaction for rollback. Native SQL for those two, as the
 * record has no aggregate of its own.
 */
@ApplicationScoped
class JpaListingExpiry implements ListingExpiryPort {

    private final EntityManager entityManager;

    @Inject
    JpaListingExpiry(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's client proxy only. */
    protected JpaListingExpiry() {
        this.entityManager = null;
    }

    @Override
    public int expireDue(Instant now) {
        entityManager.flush();
        int expired = entityManager.createQuery("UPDATE ListingJpaEntity l SET l.status = :expired, l.version = l.version + 1"
                        + " WHERE l.status = :active AND l.expiresAt <= :now")
                .setParameter("expired", ListingStatus.EXPIRED.code())
                .setParameter("active", ListingStatus.ACTIVE.code())
                .setParameter("now", utc(now))
                .executeUpdate();
        entityManager.clear();
        return expired;
    }

    @Override
    public List<Listing> findDueForReminder(Instant now, Instant until, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery("SELECT l.id FROM market_listing l"
                        + " WHERE l.status = ? AND l.expires_at > ? AND l.expires_at <= ?"
                        + " AND NOT EXISTS (SELECT 1 FROM market_listing_reminder r"
                        + " WHERE r.listing_id = l.id AND r.expires_at = l.expires_at)"
                        + " ORDER BY l.expires_at, l.id LIMIT ?")
                .setParameter(1, ListingStatus.ACTIVE.code())
                .setParameter(2, utc(now))
                .setParameter(3, utc(until))
                .setParameter(4, limit)
                .getResultList();
        return ids.stream()
                .map(id -> entityManager.find(ListingJpaEntity.class, id.longValue()))
                .filter(Objects::nonNull)
                .map(ListingJpaMapper::toDomain)
                .toList();
    }

    @Override
    public boolean markReminded(ListingId listing, Instant expiresAt, Instant at) {
        return entityManager.createNativeQuery("INSERT IGNORE INTO market_listing_reminder (listing_id, expires_at, reminded_at)"
                        + " VALUES (?, ?, ?)")
                .setParameter(1, listing.value())
                .setParameter(2, utc(expiresAt))
                .setParameter(3, utc(at))
                .executeUpdate() == 1;
    }
}
