package io.cardvault.adapter.out.persistence;

import java.net.URI;
import java.util.Objects;

/** Host, port and database name read from a {@code jdbc:mariadb://host:port/db?…} URL. */
record JdbcAddress(String host, int port, String database) {

    private static final String PREFIX = "jdbc:";
    private static final int DEFAULT_PORT = 3306;

    JdbcAddress {
        Objects.requireNonNull(host, "host");
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("The JDBC URL names no database");
        }
    }

    static JdbcAddress parse(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a JDBC URL: " + jdbcUrl);
        }
        URI uri = URI.create(jdbcUrl.substring(PREFIX.length()));
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("The JDBC URL names no host: " + jdbcUrl);
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        return new JdbcAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), path);
    }

    boolean isLoopback() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]");
    }
}
