package io.cardvault.adapter.out.persistence;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Whether this node runs its own MariaDB, and where. {@code CARDVAULT_DB_EMBEDDED} is
 * {@code true}, {@code false} or {@code auto}; {@code auto} starts the embedded server exactly
 * when the configured database URL points at the embedded server's own loopback port, which is
 * the default URL. Setting {@code CARDVAULT_DB_URL} to any other server therefore turns it off.
 */
record EmbeddedDatabaseSettings(boolean enabled, JdbcAddress address, Path directory) {

    static EmbeddedDatabaseSettings resolve(String mode, String jdbcUrl, int embeddedPort, Path directory) {
        JdbcAddress address = JdbcAddress.parse(jdbcUrl);
        boolean enabled = switch (mode.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            case "auto" -> address.isLoopback() && address.port() == embeddedPort;
            default -> throw new IllegalArgumentException(
                    "CARDVAULT_DB_EMBEDDED must be true, false or auto, not '" + mode + "'");
        };
        if (enabled && address.port() != embeddedPort) {
            throw new IllegalArgumentException("CARDVAULT_DB_URL port " + address.port()
                    + " differs from CARDVAULT_DB_EMBEDDED_PORT " + embeddedPort);
        }
        return new EmbeddedDatabaseSettings(enabled, address, directory);
    }
}
