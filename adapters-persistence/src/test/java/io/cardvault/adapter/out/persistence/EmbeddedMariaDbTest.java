package io.cardvault.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

    @Test
    void givenDataDirectoryUnderTheTempDirectory_refusesToStartRatherThanLoseData() {
        assertThatThrownBy(() -> EmbeddedMariaDb.requireDurable(Path.of("/tmp/ci/main/target/embedded-mariadb"), Path.of("/tmp")))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining("wipes the data on every start");
    }

    @Test
    void givenDataDirectoryOutsideTheTempDirectory_accepts() {
        assertThatCode(() -> EmbeddedMariaDb.requireDurable(Path.of("/tmp/ci/main/target/embedded-mariadb"), Path.of("/var/tmp")))
                .doesNotThrowAnyException();
    }
}
