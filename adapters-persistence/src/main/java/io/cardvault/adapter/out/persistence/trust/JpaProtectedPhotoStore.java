package io.cardvault.adapter.out.persistence.trust;

import io.cardvault.application.port.out.ProtectedPhotoStorePort;
import io.cardvault.application.port.out.trust.NearestProtectedPhoto;
import io.cardvault.application.port.out.trust.ProtectedPhoto;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.trust.FingerprintIndex;
import io.cardvault.domain.trust.PhotoFingerprint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Protected photos' fingerprints through JPA, one row per listing and photo URL; the photo check searches
 * them in an in-memory {@link FingerprintIndex} this node keeps in step with the table (rows are only
 * ever added), so each node also finds what the others protected.
 */
@ApplicationScoped
class JpaProtectedPhotoStore implements ProtectedPhotoStorePort {

    /** How long an id skipped next to a fresh row is looked for again. */
    static final Duration SKIPPED_WAIT = Duration.ofMinutes(10);
    /** At most this many skipped ids are looked for at once (an IN list); more are let go. */
    static final int MAX_SKIPPED = 1_000;

    private final EntityManager entityManager;
    private final FingerprintIndex index = new FingerprintIndex();
    /** The highest row id read into the index. */
    private long seen;
    /** Ids below {@link #seen} not read yet, with the moment they stop being looked for. */
    private final Map<Long, LocalDateTime> skipped = new HashMap<>();

    @Inject
    JpaProtectedPhotoStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's client proxy only. */
    protected JpaProtectedPhotoStore() {
        this.entityManager = null;
    }

    @Override
    public void keep(ProtectedPhoto photo) {
        boolean known = !entityManager.createQuery("SELECT p.id FROM ProtectedPhotoJpaEntity p"
                        + " WHERE p.listingId = :listing AND p.imageUrl = :url", Long.class)
                .setParameter("listing", photo.listing().value()).setParameter("url", photo.imageUrl())
                .setMaxResults(1).getResultList().isEmpty();
        if (!known) {
            entityManager.persist(new ProtectedPhotoJpaEntity(photo.listing().value(), photo.imageUrl(),
                    photo.fingerprint().toBytes(), LocalDateTime.now(ZoneOffset.UTC)));
        }
    }

    @Override
    public List<ProtectedPhoto> ofListing(ListingId listing) {
        return entityManager.createQuery("SELECT p FROM ProtectedPhotoJpaEntity p WHERE p.listingId = :listing ORDER BY p.id",
                        ProtectedPhotoJpaEntity.class)
                .setParameter("listing", listing.value()).getResultStream().map(JpaProtectedPhotoStore::toDomain).toList();
    }

    /**
     * Searches the in-memory index after reading the rows committed since the last search (on the first,
     * all of them): one primary-key range read, usually empty, instead of every fingerprint per check.
     */
    @Override
    public Optional<NearestProtectedPhoto> nearest(PhotoFingerprint found) {
        catchUp();
        return index.nearest(found).map(nearest -> new NearestProtectedPhoto(new ListingId(nearest.key()), nearest.distance()));
    }

    /**
     * Reads the rows past the highest id read so far, and the ids it skipped lately. An id is taken when a
     * row is inserted but seen only once its transaction commits, so a later id can be read before an
     * earlier one: an id skipped next to a row kept less than {@link #SKIPPED_WAIT} ago is looked for
     * again until that wait is over (a transaction is long finished by then; most skipped ids are rollbacks).
     */
    private synchronized void catchUp() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        skipped.values().removeIf(until -> until.isBefore(now));
        TypedQuery<ProtectedPhotoJpaEntity> query = skipped.isEmpty()
                ? entityManager.createQuery("SELECT p FROM ProtectedPhotoJpaEntity p WHERE p.id > :seen ORDER BY p.id",
                        ProtectedPhotoJpaEntity.class)
                : entityManager.createQuery("SELECT p FROM ProtectedPhotoJpaEntity p WHERE p.id > :seen OR p.id IN :skipped"
                        + " ORDER BY p.id", ProtectedPhotoJpaEntity.class).setParameter("skipped", List.copyOf(skipped.keySet()));
        for (ProtectedPhotoJpaEntity row : query.setParameter("seen", seen).getResultList()) {
            long id = row.id();
            if (id > seen) {
                if (row.createdAt().isAfter(now.minus(SKIPPED_WAIT))) {
                    for (long missing = seen + 1; missing < id && skipped.size() < MAX_SKIPPED; missing++) {
                        skipped.put(missing, now.plus(SKIPPED_WAIT));
                    }
                }
                seen = id;
            } else {
                skipped.remove(id);
            }
            index.add(row.listingId(), PhotoFingerprint.fromBytes(row.fingerprint()));
        }
    }

    private static ProtectedPhoto toDomain(ProtectedPhotoJpaEntity row) {
        return new ProtectedPhoto(new ListingId(row.listingId()), row.imageUrl(), PhotoFingerprint.fromBytes(row.fingerprint()));
    }
}
