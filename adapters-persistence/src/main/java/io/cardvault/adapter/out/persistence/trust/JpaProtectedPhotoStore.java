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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Protected photos' fingerprints through JPA, one row per listing and photo URL; the photo check searches
 * them in an in-memory {@link FingerprintIndex} this node keeps in step with the table (rows are only
 * ever added), so each node also finds what the others protected.
 */
@ApplicationScoped
class JpaProtectedPhotoStore implements ProtectedPhotoStorePort {

    private final EntityManager entityManager;
    private final FingerprintIndex index = new FingerprintIndex();
    private final RowsInStep inStep = new RowsInStep();

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

    /** Reads into the index the rows it has not read yet ({@link RowsInStep}: past the last id, and ids skipped lately). */
    private synchronized void catchUp() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        List<Long> skipped = inStep.skipped(now);
        TypedQuery<ProtectedPhotoJpaEntity> query = skipped.isEmpty()
                ? entityManager.createQuery("SELECT p FROM ProtectedPhotoJpaEntity p WHERE p.id > :seen ORDER BY p.id",
                        ProtectedPhotoJpaEntity.class)
                : entityManager.createQuery("SELECT p FROM ProtectedPhotoJpaEntity p WHERE p.id > :seen OR p.id IN :skipped"
                        + " ORDER BY p.id", ProtectedPhotoJpaEntity.class).setParameter("skipped", skipped);
        for (ProtectedPhotoJpaEntity row : query.setParameter("seen", inStep.seen()).getResultList()) {
            inStep.read(row.id(), row.createdAt(), now);
            index.add(row.listingId(), PhotoFingerprint.fromBytes(row.fingerprint()));
        }
    }

    private static ProtectedPhoto toDomain(ProtectedPhotoJpaEntity row) {
        return new ProtectedPhoto(new ListingId(row.listingId()), row.imageUrl(), PhotoFingerprint.fromBytes(row.fingerprint()));
    }
}
