package io.cardvault.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseSettingsTest {

    private static final Path DIR = Path.of("target/embedded");

    @Test
    void givenAutoAndTheDefaultLoopbackUrl_startsTheEmbeddedServer() {
        var settings = EmbeddedDatabaseSettings.resolve("auto", "jdbc:mariadb://127.0.0.1:3307/cardvault", 3307, DIR, "1G");

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.address()).isEqualTo(new JdbcAddress("127.0.0.1", 3307, "cardvault"));
    }

    @Test
    void givenAutoAndAnotherServer_usesThatServerOnly() {
        assertThat(EmbeddedDatabaseSettings.resolve("auto", "jdbc:mariadb://127.0.0.1:3306/cardvault", 3307, DIR, "1G").enabled())
                .isFalse();
        assertThat(EmbeddedDatabaseSettings.resolve("auto", "jdbc:mariadb://db.internal:3307/cardvault?sslMode=verify-full", 3307, DIR, "1G").enabled())
                .isFalse();
    }

    @Test
    void givenExplicitMode_obeysIt() {
        assertThat(EmbeddedDatabaseSettings.resolve("FALSE", "jdbc:mariadb://localhost:3307/cv", 3307, DIR, "1G").enabled()).isFalse();
        assertThat(EmbeddedDatabaseSettings.resolve("true", "jdbc:mariadb://localhost:3307/cv", 3307, DIR, "1G").enabled()).isTrue();
    }

    @Test
    void givenEmbeddedOnButUrlOnAnotherPort_refusesTheContradiction() {
        assertThatThrownBy(() -> EmbeddedDatabaseSettings.resolve("true", "jdbc:mariadb://localhost:3306/cv", 3307, DIR, "1G"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("differs from CARDVAULT_DB_EMBEDDED_PORT");
    }

    @Test
    void givenUnknownMode_saysWhatIsAllowed() {
        assertThatThrownBy(() -> EmbeddedDatabaseSettings.resolve("yes", "jdbc:mariadb://localhost:3307/cv", 3307, DIR, "1G"))
                .hasMessageContaining("true, false or auto");
    }

    @Test
    void givenUrlWithoutDatabaseOrNotJdbc_isRejected() {
        assertThatThrownBy(() -> JdbcAddress.parse("jdbc:mariadb://localhost:3306/")).hasMessageContaining("no database");
        assertThatThrownBy(() -> JdbcAddress.parse("mariadb://localhost/cv")).hasMessageContaining("Not a JDBC URL");
        assertThat(JdbcAddress.parse("jdbc:mariadb://db:3306/cv?sslMode=disable").port()).isEqualTo(3306);
        assertThat(JdbcAddress.parse("jdbc:mariadb://db/cv").port()).isEqualTo(3306);
    }

    @Test
    void the_redo_log_is_a_size_in_mariadbs_notation() {
        assertThat(EmbeddedDatabaseSettings.resolve("auto", "jdbc:mariadb://127.0.0.1:3307/cv", 3307, DIR, " 96M ").redoLogSize())
                .isEqualTo("96M");
        assertThatThrownBy(() -> EmbeddedDatabaseSettings.resolve("auto", "jdbc:mariadb://127.0.0.1:3307/cv", 3307, DIR, "1 GB"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CARDVAULT_DB_EMBEDDED_REDO_LOG");
        assertThatThrownBy(() -> EmbeddedDatabaseSettings.resolve("auto", "jdbc:mariadb://127.0.0.1:3307/cv", 3307, DIR, "0M"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
