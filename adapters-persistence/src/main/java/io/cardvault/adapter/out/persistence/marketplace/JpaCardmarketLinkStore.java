package io.cardvault.adapter.out.persistence.marketplace;

import static io.cardvault.adapter.out.persistence.UtcWallClock.instant;
import static io.cardvault.adapter.out.persistence.UtcWallClock.utc;

import io.cardvault.application.port.out.CardmarketLinkStorePort;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.CardmarketLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/** Sellers' Cardmarket links through JPA: one row per seller, rewritten on relinking. */
@ApplicationScoped
class JpaCardmarketLinkStore implements CardmarketLinkStorePort {

    private final EntityManager entityManager;

    @Inject
    JpaCardmarketLinkStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's client proxy only. */
    protected JpaCardmarketLinkStore() {
        this.entityManager = null;
    }

    @Override
    public void save(CardmarketLink link) {
        CardmarketLinkJpaEntity row = entityManager.find(CardmarketLinkJpaEntity.class, link.seller().value());
        if (row == null) {
            entityManager.persist(new CardmarketLinkJpaEntity(link.seller().value(), link.username(), utc(link.linkedAt())));
        } else {
            row.relink(link.username(), utc(link.linkedAt()));
        }
    }

    @Override
    public Optional<CardmarketLink> findBySeller(AccountId seller) {
        return Optional.ofNullable(entityManager.find(CardmarketLinkJpaEntity.class, seller.value()))
                .map(row -> new CardmarketLink(new AccountId(row.accountId()), row.username(), instant(row.linkedAt())));
    }
}
