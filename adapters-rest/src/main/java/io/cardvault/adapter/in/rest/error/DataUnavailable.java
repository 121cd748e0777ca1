package io.cardvault.adapter.in.rest.error;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The data store is out of reach: 503 {@code csm_data_unavailable} with {@code Retry-After}, the
 * v2 contract's answer, for every route. The persistence adapters name the catalogue's read
 * failures themselves ({@code CatalogueReadFailedException}); any other use case meets a dead
 * database as whatever the JPA provider, the connection pool or the transaction manager wrapped
 * around the driver's refusal, so {@link #answer} looks along the cause chain for the refusal itself.
 */
final class DataUnavailable {

    static final String DETAIL = "csm_data_unavailable";
    /** Seconds: a restarted database or a drained pool is usually back within this. */
    static final int RETRY_AFTER_SECONDS = 30;
    /** SQLSTATE class 08: connection exception (SQL:2016 and every JDBC driver, MariaDB's included). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final Logger LOG = Logger.getLogger(DataUnavailable.class.getName());

    private DataUnavailable() {
    }

    static Response response() {
        return Response.fromResponse(ErrorResponse.of(Response.Status.SERVICE_UNAVAILABLE, DETAIL))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    /** The 503 when {@code failure} comes from an unreachable database; empty for anything else. */
    static Optional<Response> answer(Throwable failure) {
        if (!unreachable(failure)) {
            return Optional.empty();
        }
        LOG.log(Level.WARNING, "Database unreachable", failure);
        return Optional.of(response());
    }

    /**
     * Whether a connection could not be had: refused or broken (SQLSTATE 08, the JDBC connection
     * exceptions), the pool gave none in time (Liberty's wait timeout is a transient connection
     * exception) or the socket was refused outright. A query that failed on a live connection
     * (a constraint, a syntax error) is none of these and stays a bug to report.
     */
    static boolean unreachable(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 64; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null && depth < 64; next = next.getNextException(), depth++) {
                    String state = next.getSQLState();
                    if (state != null && state.startsWith(CONNECTION_EXCEPTION_CLASS)) {
                        return true;
                    }
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
