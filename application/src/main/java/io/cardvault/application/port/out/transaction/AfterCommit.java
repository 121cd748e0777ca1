package io.cardvault.application.port.out.transaction;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;

/**
 * Work a driven adapter does outside the database on behalf of a use case (a mail handed to the
 * delivery queue, an event sent to the other nodes): run once the caller's transaction commits,
 * never if it rolls back. The registry is the server's ({@code @Resource}-injected into the adapter);
 * none (outside a server) or no active transaction means there is nothing to wait for.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    /**
     * Registers {@code action} to run after the registry's active transaction commits and answers
     * true; answers false, running nothing, when there is no registry or no active transaction.
     */
    public static boolean defer(Optional<TransactionSynchronizationRegistry> registry, Runnable action) {
        if (registry.isEmpty() || registry.get().getTransactionStatus() != Status.STATUS_ACTIVE) {
            return false;
        }
        registry.get().registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // the outcome is not known yet
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
        return true;
    }

    /** Defers {@code action} as {@link #defer} does, or runs it at once when there is no transaction to wait for. */
    public static void deferOrRun(Optional<TransactionSynchronizationRegistry> registry, Runnable action) {
        if (!defer(registry, action)) {
            action.run();
        }
    }
}
