package io.cardvault.adapter.out.persistence.marketplace;

import io.cardvault.adapter.out.persistence.UniqueKeys;
import io.cardvault.application.port.out.RatingStorePort;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.DuplicateRatingException;
import io.cardvault.domain.marketplace.Rating;
import io.cardvault.domain.marketplace.Reputation;
import io.cardvault.domain.marketplace.TransactionId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;

/**
 * Ratings through JPA. A second rating of one transaction by one rater is refused by the unique key
 * {@code uk_market_rating_rater}; the insert is flushed at once, so the caller hears it as
 * {@link DuplicateRatingException}, also when two arrive together on two nodes. A reputation is one
 * aggregate query (count and sum of stars) and one page of the newest.
 */
@ApplicationScoped
class JpaRatingStore implements RatingStorePort {

    private static final String RATER_KEY = "uk_market_rating_rater";

    private final EntityManager entityManager;

    @Inject
    JpaRatingStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's client proxy only. */
    protected JpaRatingStore() {
        this.entityManager = null;
    }

    @Override
    public Rating add(Rating rating) {
        RatingJpaEntity row = MarketJpaMappers.toNewEntity(rating);
        try {
            entityManager.persist(row);
            entityManager.flush(); // the unique key decides a race now, and the id is assigned
        } catch (PersistenceException e) {
            if (UniqueKeys.refusedBy(e, RATER_KEY)) {
                throw new DuplicateRatingException();
            }
            throw e;
        }
        return MarketJpaMappers.toDomain(row);
    }

    @Override
    public List<Rating> findByTransaction(TransactionId transaction) {
        return entityManager.createQuery("SELECT r FROM RatingJpaEntity r WHERE r.transactionId = :transaction"
                        + " ORDER BY r.createdAt, r.id", RatingJpaEntity.class)
                .setParameter("transaction", transaction.value())
                .getResultStream().map(MarketJpaMappers::toDomain).toList();
    }

    @Override
    public Reputation reputationOf(AccountId ratee, int recent) {
        Object[] totals = entityManager.createQuery("SELECT COUNT(r), SUM(r.stars) FROM RatingJpaEntity r"
                        + " WHERE r.rateeId = :ratee", Object[].class)
                .setParameter("ratee", ratee.value()).getSingleResult();
        long count = ((Number) totals[0]).longValue();
        long stars = totals[1] == null ? 0 : ((Number) totals[1]).longValue();
        List<Rating> newest = count == 0 ? List.of() : entityManager
                .createQuery("SELECT r FROM RatingJpaEntity r WHERE r.rateeId = :ratee ORDER BY r.createdAt DESC, r.id DESC",
                        RatingJpaEntity.class)
                .setParameter("ratee", ratee.value()).setMaxResults(recent)
                .getResultStream().map(MarketJpaMappers::toDomain).toList();
        return Reputation.of(count, stars, newest);
    }
}
