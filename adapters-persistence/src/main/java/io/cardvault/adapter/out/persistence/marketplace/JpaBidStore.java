package io.cardvault.adapter.out.persistence.marketplace;

import io.cardvault.application.port.out.BidStorePort;
import io.cardvault.domain.marketplace.Bid;
import io.cardvault.domain.marketplace.BidId;
import io.cardvault.domain.marketplace.ListingId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Bids through JPA; a listing's bids oldest first (the index {@code (listing_id, created_at, id)} serves it). */
@ApplicationScoped
class JpaBidStore implements BidStorePort {

    private final EntityManager entityManager;

    @Inject
    JpaBidStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's client proxy only. */
    protected JpaBidStore() {
        this.entityManager = null;
    }

    @Override
    public Bid add(Bid bid) {
        BidJpaEntity row = MarketJpaMappers.toNewEntity(bid);
        entityManager.persist(row);
        entityManager.flush(); // assigns the id
        return MarketJpaMappers.toDomain(row);
    }

    @Override
    public Optional<Bid> findById(BidId id) {
        return Optional.ofNullable(entityManager.find(BidJpaEntity.class, id.value())).map(MarketJpaMappers::toDomain);
    }

    @Override
    public List<Bid> findByListing(ListingId listing) {
        return entityManager.createQuery("SELECT b FROM BidJpaEntity b WHERE b.listingId = :listing"
                        + " ORDER BY b.createdAt, b.id", BidJpaEntity.class)
                .setParameter("listing", listing.value())
                .getResultStream().map(MarketJpaMappers::toDomain).toList();
    }

    @Override
    public void update(Bid bid) {
        BidJpaEntity row = entityManager.find(BidJpaEntity.class, bid.requireId().value());
        if (row != null) {
            row.settle(bid.status().code());
        }
    }
}
