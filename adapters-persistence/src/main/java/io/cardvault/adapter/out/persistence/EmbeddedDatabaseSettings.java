package io.cardvault.adapter.out.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether this node runs its own MariaDB, and where. {@code CARDVAULT_DB_EMBEDDED} is
 * {@code true}, {@code false} or {@code auto}; {@code auto} starts the embedded server exactly
 * when the configured database URL points at the embedded server's own loopback port, which is
 * the default URL. Setting {@code CARDVAULT_DB_URL} to any other server therefore turns it off.
 * {@code CARDVAULT_DB_EMBEDDED_REDO_LOG} sizes InnoDB's redo log in MariaDB's notation ({@code 1G},
 * {@code 96M}).
 */
record EmbeddedDatabaseSettings(boolean enabled, JdbcAddress address, Path directory, String redoLogSize) {

    private static final Pattern SIZE = Pattern.compile("[1-9][0-9]{0,5}[KMG]");

    static EmbeddedDatabaseSettings resolve(String mode, String jdbcUrl, int embeddedPort, Path directory, String redoLogSize) {
        if (redoLogSize == null || !SIZE.matcher(redoLogSize.trim()).matches()) {
            throw new IllegalArgumentException("CARDVAULT_DB_EMBEDDED_REDO_LOG must be a size such as 1G or 96M, not '"
                    + redoLogSize + "'");
        }
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
        return new EmbeddedDatabaseSettings(enabled, address, directory, redoLogSize.trim());
    }
}
