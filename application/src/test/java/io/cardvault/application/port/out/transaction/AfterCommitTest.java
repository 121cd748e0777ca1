package io.cardvault.application.port.out.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Deferred work runs on commit only, and at once where there is no transaction to wait for. */
class AfterCommitTest {

    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void inside_an_active_transaction_the_work_waits_for_the_commit() {
        OneTransaction transaction = new OneTransaction(Status.STATUS_ACTIVE);

        assertThat(AfterCommit.defer(Optional.of(transaction), runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(0);
        transaction.complete(Status.STATUS_COMMITTED);
        assertThat(runs).hasValue(1);
    }

    @Test
    void a_rolled_back_transaction_drops_the_work() {
        OneTransaction transaction = new OneTransaction(Status.STATUS_ACTIVE);

        AfterCommit.deferOrRun(Optional.of(transaction), runs::incrementAndGet);
        transaction.complete(Status.STATUS_ROLLEDBACK);

        assertThat(runs).hasValue(0);
    }

    @Test
    void without_a_registry_or_an_active_transaction_nothing_is_deferred() {
        OneTransaction markedForRollback = new OneTransaction(Status.STATUS_MARKED_ROLLBACK);

        assertThat(AfterCommit.defer(Optional.empty(), runs::incrementAndGet)).isFalse();
        assertThat(AfterCommit.defer(Optional.of(new OneTransaction(Status.STATUS_NO_TRANSACTION)), runs::incrementAndGet)).isFalse();
        assertThat(AfterCommit.defer(Optional.of(markedForRollback), runs::incrementAndGet)).isFalse();
        assertThat(runs).as("defer never runs the work itself").hasValue(0);
        assertThat(markedForRollback.registered).isEmpty();

        AfterCommit.deferOrRun(Optional.empty(), runs::incrementAndGet);
        AfterCommit.deferOrRun(Optional.of(new OneTransaction(Status.STATUS_NO_TRANSACTION)), runs::incrementAndGet);
        assertThat(runs).hasValue(2);
    }

    /** A registry with one transaction in the status given, completed by the test. */
    private static final class OneTransaction implements TransactionSynchronizationRegistry {
        private final int status;
        final List<Synchronization> registered = new ArrayList<>();

        OneTransaction(int status) {
            this.status = status;
        }

        void complete(int outcome) {
            registered.forEach(Synchronization::beforeCompletion);
            registered.forEach(synchronization -> synchronization.afterCompletion(outcome));
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization synchronization) {
            registered.add(synchronization);
        }

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {
            throw new UnsupportedOperationException("not used by AfterCommit");
        }

        @Override
        public Object getResource(Object key) {
            throw new UnsupportedOperationException("not used by AfterCommit");
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException("not used by AfterCommit");
        }

        @Override
        public boolean getRollbackOnly() {
            return status == Status.STATUS_MARKED_ROLLBACK;
        }
    }
}
