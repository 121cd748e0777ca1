package io.cardvault.adapter.out.persistence.marketplace;

import static io.cardvault.adapter.out.persistence.UtcWallClock.utc;

import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.port.out.marketplace.ListingFilter;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.marketplace.ListingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Listings through JPA. An update finds the row in the transaction's persistence context (the version
 * the use case read), writes the listing into it and flushes: when another transaction wrote the row
 * since, the update matches no row and the port's {@code ConcurrentChangeException} follows with
 * nothing written. The browse joins the catalogue's card and game rows for the game filter.
 */
@ApplicationScoped
class JpaListingStore implements ListingStorePort {

    private final EntityManager entityManager;

    @Inject
    JpaListingStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's client proxy only. */
    protected JpaListingStore() {
        this.entityManager = null;
    }

    @Override
    public Listing add(Listing listing) {
        ListingJpaEntity row = ListingJpaMapper.toNewEntity(listing);
        entityManager.persist(row);
        entityManager.flush(); // assigns the id
        return ListingJpaMapper.toDomain(row);
    }

    @Override
    public Optional<Listing> findById(ListingId id) {
        return Optional.ofNullable(entityManager.find(ListingJpaEntity.class, id.value())).map(ListingJpaMapper::toDomain);
    }

    @Override
    public void update(Listing listing) {
        ListingJpaEntity row = entityManager.find(ListingJpaEntity.class, listing.requireId().value());
        if (row == null) {
            return;
        }
        ListingJpaMapper.write(row, listing);
        OptimisticWrites.flush(entityManager, "listing " + listing.requireId().value());
    }

    @Override
    public Slice<Listing> findAvailable(ListingFilter filter, Instant now, int limit, int offset) {
        StringBuilder from = new StringBuilder(" FROM ListingJpaEntity l");
        if (filter.tcgSlug().isPresent()) {
            from.append(", CardGameJpaEntity c, GameJpaEntity g");
        }
        from.append(" WHERE l.status = :active AND l.expiresAt > :now");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("active", ListingStatus.ACTIVE.code());
        parameters.put("now", utc(now));
        filter.tcgSlug().ifPresent(slug -> {
            from.append(" AND c.id = l.cardId AND g.id = c.gameId AND g.slug = :game");
            parameters.put("game", slug);
        });
        filter.minPrice().ifPresent(min -> {
            from.append(" AND l.priceEur >= :min");
            parameters.put("min", min.amount());
        });
        filter.maxPrice().ifPresent(max -> {
            from.append(" AND l.priceEur <= :max");
            parameters.put("max", max.amount());
        });
        filter.condition().ifPresent(condition -> {
            from.append(" AND l.condition = :condition");
            parameters.put("condition", condition.name());
        });
        filter.card().ifPresent(card -> {
            from.append(" AND l.cardId = :card");
            parameters.put("card", card.value());
        });
        return page(from.toString(), parameters, limit, offset);
    }

    @Override
    public Slice<Listing> findBySeller(AccountId seller, Optional<ListingStatus> status, int limit, int offset) {
        if (status.isEmpty()) {
            return page(" FROM ListingJpaEntity l WHERE l.sellerId = :seller", Map.of("seller", seller.value()), limit, offset);
        }
        return page(" FROM ListingJpaEntity l WHERE l.sellerId = :seller AND l.status = :status",
                Map.of("seller", seller.value(), "status", status.get().code()), limit, offset);
    }

    private Slice<Listing> page(String from, Map<String, Object> parameters, int limit, int offset) {
        TypedQuery<Long> count = entityManager.createQuery("SELECT COUNT(l)" + from, Long.class);
        TypedQuery<ListingJpaEntity> page = entityManager
                .createQuery("SELECT l" + from + " ORDER BY l.createdAt DESC, l.id DESC", ListingJpaEntity.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        long total = count.getSingleResult();
        if (limit <= 0 || offset >= total) {
            return new Slice<>(List.of(), total);
        }
        return new Slice<>(page.setFirstResult(offset).setMaxResults(limit).getResultStream()
                .map(ListingJpaMapper::toDomain).toList(), total);
    }
}
