package io.cardvault.adapter.out.mail;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Whether the caller is inside a transaction, and a way to act once it has committed. */
interface TransactionScope {

    /**
     * Runs the action after the caller's active transaction commits (never if it rolls back) and
     * answers true; answers false, running nothing, when no transaction is active.
     */
    boolean afterCommit(Runnable action);

    /** Outside a server: never a transaction. */
    TransactionScope NONE = action -> false;

    /** The server's transactions, through its synchronization registry. */
    static TransactionScope container() {
        return registered(TransactionScope::registry);
    }

    static TransactionScope registered(Supplier<Optional<TransactionSynchronizationRegistry>> registry) {
        return action -> {
            Optional<TransactionSynchronizationRegistry> transactions = registry.get();
            if (transactions.isEmpty() || transactions.get().getTransactionStatus() != Status.STATUS_ACTIVE) {
                return false;
            }
            transactions.get().registerInterposedSynchronization(new Synchronization() {
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
        };
    }

    private static Optional<TransactionSynchronizationRegistry> registry() {
        try {
            return Optional.of(InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry"));
        } catch (NamingException e) {
            return Optional.empty();
        }
    }
}
