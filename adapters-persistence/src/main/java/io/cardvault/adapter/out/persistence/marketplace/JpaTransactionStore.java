package io.cardvault.adapter.out.persistence.marketplace;

import io.cardvault.application.port.out.TransactionStorePort;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.marketplace.Transaction;
import io.cardvault.domain.marketplace.TransactionId;
import io.cardvault.domain.marketplace.TransactionParty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * Transactions through JPA; a move is flushed at once against the version read, as a listing's
 * update is (see {@link JpaListingStore}). A party's list reads buyer and seller side by their own
 * indexes.
 */
@ApplicationScoped
class JpaTransactionStore implements TransactionStorePort {

    private final EntityManager entityManager;

    @Inject
    JpaTransactionStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's client proxy only. */
    protected JpaTransactionStore() {
        this.entityManager = null;
    }

    @Override
    public Transaction add(Transaction transaction) {
        TransactionJpaEntity row = MarketJpaMappers.toNewEntity(transaction);
        entityManager.persist(row);
        entityManager.flush(); // assigns the id
        return MarketJpaMappers.toDomain(row);
    }

    @Override
    public Optional<Transaction> findById(TransactionId id) {
        return Optional.ofNullable(entityManager.find(TransactionJpaEntity.class, id.value()))
                .map(MarketJpaMappers::toDomain);
    }

    @Override
    public void update(Transaction transaction) {
        TransactionJpaEntity row = entityManager.find(TransactionJpaEntity.class, transaction.requireId().value());
        if (row == null) {
            return;
        }
        MarketJpaMappers.move(row, transaction);
        OptimisticWrites.flush(entityManager, "transaction " + transaction.requireId().value());
    }

    @Override
    public Slice<Transaction> findByParty(AccountId party, Optional<TransactionParty> role, int limit, int offset) {
        String where = role.map(side -> side == TransactionParty.BUYER ? "t.buyerId = :party" : "t.sellerId = :party")
                .orElse("(t.buyerId = :party OR t.sellerId = :party)");
        String from = " FROM TransactionJpaEntity t WHERE " + where;
        long total = entityManager.createQuery("SELECT COUNT(t)" + from, Long.class)
                .setParameter("party", party.value()).getSingleResult();
        if (limit <= 0 || offset >= total) {
            return new Slice<>(List.of(), total);
        }
        TypedQuery<TransactionJpaEntity> page = entityManager
                .createQuery("SELECT t" + from + " ORDER BY t.createdAt DESC, t.id DESC", TransactionJpaEntity.class)
                .setParameter("party", party.value());
        return new Slice<>(page.setFirstResult(offset).setMaxResults(limit).getResultStream()
                .map(MarketJpaMappers::toDomain).toList(), total);
    }
}
