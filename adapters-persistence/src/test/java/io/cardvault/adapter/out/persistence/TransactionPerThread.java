package io.cardvault.adapter.out.persistence;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * What the application server's JTA data source does for a use case, for tests that need real
 * concurrent transactions: between {@link #begin()} and {@link #commit()} every connection a
 * thread asks for is that thread's one transactional connection, whose {@code close()} only hands
 * it back (the adapters close what they get, as they do under the server).
 */
final class TransactionPerThread implements DataSource {

    private final DataSource target;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    TransactionPerThread(DataSource target) {
        this.target = target;
    }

    void begin() throws SQLException {
        Connection connection = target.getConnection();
        connection.setAutoCommit(false);
        current.set(connection);
    }

    void commit() throws SQLException {
        try (Connection connection = current.get()) {
            connection.commit();
        } finally {
            current.remove();
        }
    }

    void rollback() throws SQLException {
        try (Connection connection = current.get()) {
            connection.rollback();
        } finally {
            current.remove();
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = current.get();
        if (connection == null) {
            return target.getConnection();
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    if ("close".equals(method.getName())) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return target.isWrapperFor(type);
    }
}
