package io.cardvault.adapter.out.persistence.trust;

import io.cardvault.application.port.out.ProtectedPhotoStorePort;
import io.cardvault.application.port.out.trust.ProtectedPhoto;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.trust.PhotoFingerprint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Protected photos' fingerprints through JPA, one row per listing and photo URL. */
@ApplicationScoped
class JpaProtectedPhotoStore implements ProtectedPhotoStorePort {

    private final EntityManager entityManager;

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

    @Override
    public List<ProtectedPhoto> all() {
        return entityManager.createQuery("SELECT p FROM ProtectedPhotoJpaEntity p ORDER BY p.id", ProtectedPhotoJpaEntity.class)
                .getResultStream().map(JpaProtectedPhotoStore::toDomain).toList();
    }

    private static ProtectedPhoto toDomain(ProtectedPhotoJpaEntity row) {
        return new ProtectedPhoto(new ListingId(row.listingId()), row.imageUrl(), PhotoFingerprint.fromBytes(row.fingerprint()));
    }
}
