package io.cardvault.adapter.out.persistence.account;

import io.cardvault.application.port.out.AccountStorePort;
import jakarta.persistence.EntityManager;

/**
 * The JPA account store on an application-managed {@code EntityManager}, for code that runs outside a
 * container (the alert-check benchmark), which begins and commits the transactions itself. The adapter
 * stays package-private; this is its one public door.
 */
public final class StandaloneAccountStore {

    private StandaloneAccountStore() {
    }

    public static AccountStorePort on(EntityManager entityManager) {
        return new JpaAccountStore(entityManager);
    }
}
