package io.cardvault.adapter.out.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * A stand-in for a CardVault node, run as a JVM of its own by {@link EmbeddedMariaDbCrashTest}:
 * it starts the embedded MariaDB exactly as a node does, writes a row, says so in a file, and
 * waits to be killed.
 */
final class CrashingNode {

    static final String TABLE = "survivor";
    static final String ROW = "written before the crash";

    private CrashingNode() {
    }

    /** Arguments: the database port, the embedded directory, the file to write "ready" into. */
    public static void main(String[] arguments) throws SQLException, java.io.IOException, InterruptedException {
        int port = Integer.parseInt(arguments[0]);
        EmbeddedMariaDb.start(new JdbcAddress("127.0.0.1", port, EmbeddedMariaDbCrashTest.DATABASE), Path.of(arguments[1]),
                TestDatabase.REDO_LOG);
        MariaDbDataSource data = new MariaDbDataSource(
                "jdbc:mariadb://127.0.0.1:" + port + "/" + EmbeddedMariaDbCrashTest.DATABASE + "?user=root&sslMode=disable");
        TestDatabase.execute(data, "CREATE TABLE IF NOT EXISTS " + TABLE + " (id INT PRIMARY KEY, note VARCHAR(50))");
        TestDatabase.execute(data, "REPLACE INTO " + TABLE + " VALUES (1, '" + ROW + "')");
        Files.writeString(Path.of(arguments[2]), "ready");
        Thread.currentThread().join(); // until killed
    }
}
