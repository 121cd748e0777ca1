package io.cardvault.adapter.out.cluster;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Runs cluster-wide side effects of a use case once its transaction has committed, never when it
 * rolls back; at once when no transaction is active (or none can be seen: outside the server).
 */
final class AfterCommit {

    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

    private AfterCommit() {
    }

    static void run(Runnable action) {
        Optional<TransactionSynchronizationRegistry> transactions = registry();
        if (transactions.isPresent() && transactions.get().getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.get().registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before the outcome is known
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        action.run();
                    }
                }
            });
        } else {
            action.run();
        }
    }

    private static Optional<TransactionSynchronizationRegistry> registry() {
        try {
            return Optional.of(InitialContext.doLookup(REGISTRY));
        } catch (NamingException e) {
            return Optional.empty();
        }
    }
}
