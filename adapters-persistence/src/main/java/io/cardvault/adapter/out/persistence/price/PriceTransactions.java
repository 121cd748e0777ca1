package io.cardvault.adapter.out.persistence.price;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The one place the price store decides whose transaction it writes in: the caller's JTA
 * transaction in the server, where the container commits; without one (tests, benchmark) the
 * file transaction opened around a whole file ({@link #inFileTransaction}) if there is one on this
 * thread, else a local transaction of its own per call. Liberty reports auto-commit true even on an
 * enlisted connection, so the transaction registry decides.
 */
@ApplicationScoped
class PriceTransactions {

    /** One unit of work on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    /** The file transaction open on this thread, if any: never set inside the container. */
    private final ThreadLocal<FileTransaction> fileTransaction = new ThreadLocal<>();

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
     * Outside a container, what the server does in one JTA transaction per file: {@code write} runs in
     * one local transaction that every price adapter on this thread joins, committed only when
     * {@code succeeded} accepts its result. The ingest service catches a store failure and reports the
     * file as failed instead of throwing, so the result decides; a throw rolls back too. A rollback
     * also runs the undos registered with {@link #onRollback} (cached windows advanced by the file).
     * Inside a JTA transaction that transaction is the file's: {@code write} just joins it.
     */
    <T> T inFileTransaction(Supplier<T> write, Predicate<? super T> succeeded) {
        if (fileTransaction.get() != null) {
            throw new IllegalStateException("a file transaction is open on this thread already");
        }
        if (inGlobalTransaction()) {
            return write.get();
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            FileTransaction file = new FileTransaction(connection);
            fileTransaction.set(file);
            boolean committed = false;
            try {
                T result = write.get();
                if (succeeded.test(result)) {
                    connection.commit();
                    committed = true;
                }
                return result;
            } finally {
                fileTransaction.remove();
                if (!committed) {
                    file.undos().forEach(Runnable::run);
                    connection.rollback();
                }
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new PriceStoreException("cannot end a price file's transaction", e);
        }
    }

    /**
     * Runs {@code work} in the caller's JTA transaction, in the file transaction open on this thread, or
     * in one local transaction; {@code onFailure} runs when the work fails (the local transaction is
     * rolled back, the JTA or file transaction will be).
     */
    <T> T inTransaction(Work<T> work, Runnable onFailure, String failure) {
        FileTransaction file = fileTransaction.get();
        if (file != null) {
            try {
                return work.on(file.connection());
            } catch (SQLException | RuntimeException e) {
                onFailure.run();
                throw e instanceof SQLException sql ? new PriceStoreException(failure, sql) : (RuntimeException) e;
            }
        }
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

    /**
     * In a JTA or file transaction: {@code undo} runs if it does not commit. Outside both, nothing to
     * wait for (the local transaction's own failure handler undoes).
     */
    void onRollback(Runnable undo) {
        FileTransaction file = fileTransaction.get();
        if (file != null) {
            file.undos().add(undo);
            return;
        }
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

    /** A file's local transaction: its connection and what to undo in memory if it rolls back. */
    private record FileTransaction(Connection connection, List<Runnable> undos) {

        FileTransaction(Connection connection) {
            this(connection, new ArrayList<>());
        }
    }
}
