package io.cardvault.adapter.out.persistence.community;

import static io.cardvault.adapter.out.persistence.UtcWallClock.utc;

import io.cardvault.application.port.out.BlockListPort;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.community.Block;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Blocks as plain statements on the transaction's {@code EntityManager}: the pair is the table's key, so
 * {@code INSERT IGNORE} makes a second block (even a concurrent one) a no-op instead of an error.
 */
@ApplicationScoped
class JpaBlockList implements BlockListPort {

    private final EntityManager entityManager;

    @Inject
    JpaBlockList(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's client proxy only. */
    protected JpaBlockList() {
        this.entityManager = null;
    }

    @Override
    public boolean block(Block block) {
        return entityManager.createNativeQuery("INSERT IGNORE INTO user_block (blocker_id, blocked_id, created_at) VALUES (?, ?, ?)")
                .setParameter(1, block.blocker().value()).setParameter(2, block.blocked().value())
                .setParameter(3, utc(block.createdAt())).executeUpdate() > 0;
    }

    @Override
    public boolean unblock(AccountId blocker, AccountId blocked) {
        return entityManager.createNativeQuery("DELETE FROM user_block WHERE blocker_id = ? AND blocked_id = ?")
                .setParameter(1, blocker.value()).setParameter(2, blocked.value()).executeUpdate() > 0;
    }

    @Override
    public boolean isBlocked(AccountId blocker, AccountId blocked) {
        return !entityManager.createNativeQuery("SELECT 1 FROM user_block WHERE blocker_id = ? AND blocked_id = ?")
                .setParameter(1, blocker.value()).setParameter(2, blocked.value()).setMaxResults(1)
                .getResultList().isEmpty();
    }
}
