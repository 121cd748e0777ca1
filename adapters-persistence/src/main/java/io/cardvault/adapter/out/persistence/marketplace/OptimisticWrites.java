package io.cardvault.adapter.out.persistence.marketplace;

import io.cardvault.application.port.out.marketplace.ConcurrentChangeException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

/**
 * Flushes a versioned row's changes at once, so a lost race is heard by the use case now (as the
 * port's {@link ConcurrentChangeException}) rather than as a failed commit after it returned.
 */
final class OptimisticWrites {

    private OptimisticWrites() {
    }

    static void flush(EntityManager entityManager, String what) {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockException
                        || cause.getClass().getSimpleName().equals("OptimisticLockException")) {
                    throw new ConcurrentChangeException(what, e);
                }
            }
            throw e;
        }
    }
}
