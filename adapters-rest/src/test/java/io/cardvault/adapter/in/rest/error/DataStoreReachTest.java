package io.cardvault.adapter.in.rest.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cardvault.adapter.in.http.DataStoreReach;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DataStoreReachTest {

    @Test
    void givenPoolWaitTimeoutInsideJpaException_isUnreachable() {
        // Liberty's connection manager answers a drained pool with a transient connection exception
        Throwable failure = new PersistenceException("Exception [EclipseLink-4002]",
                new SQLTransientConnectionException("J2CA0045E: Connection not available, timed out"));

        assertThat(DataStoreReach.unreachable(failure)).isTrue();
    }

    @Test
    void givenRefusedSocketInsideTransactionalAndRollbackWrappers_isUnreachable() {
        RollbackException rollback = new RollbackException("commit failed");
        rollback.initCause(new PersistenceException(new SQLNonTransientConnectionException("Socket fail to connect", "08000")));
        Throwable failure = new TransactionalException("ARJUNA016053", rollback);

        assertThat(DataStoreReach.unreachable(failure)).isTrue();
    }

    @Test
    void givenPlainSqlExceptionWhoseChainedNextIsConnectionClass_isUnreachable() {
        SQLException first = new SQLException("statement failed", "HY000");
        first.setNextException(new SQLException("Communications link failure", "08S01"));

        assertThat(DataStoreReach.unreachable(new PersistenceException(first))).isTrue();
    }

    @Test
    void givenConnectExceptionUnderneath_isUnreachable() {
        assertThat(DataStoreReach.unreachable(new IllegalStateException(new IOException(new ConnectException("Connection refused")))))
                .isTrue();
    }

    @Test
    void givenQueryFailureOnLiveConnection_isNotUnreachable() {
        assertThat(DataStoreReach.unreachable(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")))).isFalse();
        assertThat(DataStoreReach.unreachable(new PersistenceException(
                new SQLSyntaxErrorException("Unknown column", "42S22")))).isFalse();
        assertThat(DataStoreReach.unreachable(new IllegalStateException("bug"))).isFalse();
        assertThat(DataStoreReach.unreachable(null)).isFalse();
    }

    @Test
    void givenCauseChainThatLoops_ends() {
        IllegalStateException outer = new IllegalStateException("outer");
        IllegalArgumentException inner = new IllegalArgumentException("inner", outer);
        outer.initCause(inner);

        assertThat(DataStoreReach.unreachable(outer)).isFalse();
    }

    @Test
    void theMariaDbDriversRefusalOfAClosedPort_isUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Throwable refusal = catchThrowable(() -> DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + closedPort + "/cardvault?connectTimeout=2000", "cardvault", ""));

        assertThat(refusal).isInstanceOf(SQLException.class);
        assertThat(DataStoreReach.unreachable(new PersistenceException("Exception [EclipseLink-4002]", refusal))).isTrue();
    }
}
