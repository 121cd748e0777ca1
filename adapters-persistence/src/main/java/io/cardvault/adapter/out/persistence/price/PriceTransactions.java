package io.cardvault.adapter.out.persistence.price;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The one place the price store decides whose transaction it writes in: the caller's JTA
 * transaction in the server, where the container commits, or without one (tests, benchmark) a
 * local transaction of its own per call. Liberty reports auto-commit true even on an enlisted
 * connection, so the transaction registry decides.
 */
@ApplicationScoped
class PriceTransactions {

    /** One unit of work on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    @Resource
    private TransactionSynchronizationRegistry registry;

    @Inject
    PriceTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** For CDI's client proxy only. */
    protected PriceTransactions() {
        this.dataSource = null;
    }

    /**
     * Runs {@code work} in the caller's JTA transaction or in one local transaction; {@code onFailure}
     * runs when the work fails (the local transaction is rolled back, the JTA one will be).
     */
    <T> T inTransaction(Work<T> work, Runnable onFailure, String failure) {
        boolean local = !inGlobalTransaction();
        try (Connection connection = dataSource.getConnection()) {
            if (local) {
                connection.setAutoCommit(false);
            }
            try {
                T result = work.on(connection);
                if (local) {
                    connection.commit();
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                onFailure.run();
                if (local) {
                    connection.rollback();
                }
                throw e;
            } finally {
                if (local) {
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new PriceStoreException(failure, e);
        }
    }

    /** In a JTA transaction: {@code undo} runs if it does not commit. Outside one, nothing to wait for. */
    void onRollback(Runnable undo) {
        if (!inGlobalTransaction()) {
            return;
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to flush
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    undo.run();
                }
            }
        });
    }

    private boolean inGlobalTransaction() {
        if (registry == null) {
            registry = lookUpRegistry();
        }
        return registry != null && registry.getTransactionKey() != null;
    }

    /** The container's registry when {@code @Resource} did not inject it; none outside a container. */
    private static TransactionSynchronizationRegistry lookUpRegistry() {
        try {
            return (TransactionSynchronizationRegistry) new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException | RuntimeException noContainer) {
            return null;
        }
    }
}
