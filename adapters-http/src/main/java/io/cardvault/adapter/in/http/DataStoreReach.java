package io.cardvault.adapter.in.http;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that could not be reached from any other failure, whatever wrapped the driver's
 * refusal (the JPA provider, the connection pool, the transaction manager, a port's own exception).
 * The REST mappers and the container's error page both answer such a failure with the 503
 * {@code csm_data_unavailable} rather than a 500: a restarting database is an outage, not a bug.
 */
public final class DataStoreReach {

    /** Seconds a client should wait: a restarted database or a drained pool is usually back within this. */
    public static final int RETRY_AFTER_SECONDS = 30;
    /** The documented detail of the 503. */
    public static final String UNAVAILABLE_DETAIL = "csm_data_unavailable";
    /** SQLSTATE class 08: connection exception (SQL:2016 and every JDBC driver, MariaDB's included). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private DataStoreReach() {
    }

    /**
     * Whether a connection could not be had: refused or broken (SQLSTATE 08, the JDBC connection
     * exceptions), the pool gave none in time (Liberty's wait timeout is a transient connection
     * exception) or the socket was refused outright. A query that failed on a live connection
     * (a constraint, a syntax error) is none of these and stays a bug to report.
     */
    public static boolean unreachable(Throwable failure) {
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
