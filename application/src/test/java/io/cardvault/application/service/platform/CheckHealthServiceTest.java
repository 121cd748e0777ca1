package io.cardvault.application.service.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.platform.HealthReport;
import io.cardvault.application.port.out.InMemoryHealthProbe;
import io.cardvault.domain.platform.ComponentHealth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckHealthServiceTest {

    private final InMemoryHealthProbe database = InMemoryHealthProbe.up("database", Map.of("product", "MariaDB"));
    private final InMemoryHealthProbe cluster = InMemoryHealthProbe.up("cluster", Map.of("members", "2"));

    @Test
    void givenEveryProbeUp_reportIsUpAndSortedByComponent() {
        var service = new CheckHealthService(List.of(database, cluster));

        HealthReport report = service.check();

        assertThat(report.allUp()).isTrue();
        assertThat(report.databaseUp()).isTrue();
        assertThat(report.components()).extracting(ComponentHealth::component)
                .containsExactly("cluster", "database");
    }

    @Test
    void givenDatabaseDown_reportIsDownAndSaysWhy() {
        var service = new CheckHealthService(List.of(database, cluster));
        database.fail("Connection refused");

        HealthReport report = service.check();

        assertThat(report.allUp()).isFalse();
        assertThat(report.databaseUp()).isFalse();
        assertThat(report.component("database").orElseThrow().facts()).containsEntry("reason", "Connection refused");
    }

    @Test
    void givenNoDatabaseProbe_databaseCountsAsDown() {
        var service = new CheckHealthService(List.of(cluster));

        assertThat(service.check().databaseUp()).isFalse();
    }

    @Test
    void givenClusterDown_reportIsDownWhileTheDatabaseStaysUp() {
        var service = new CheckHealthService(List.of(database, cluster));
        cluster.fail("member not running");

        HealthReport report = service.check();

        assertThat(report.allUp()).isFalse();
        assertThat(report.databaseUp()).isTrue();
    }

    @Test
    void givenProbeRecovered_nextCheck_asksAgainInsteadOfRememberingTheFailure() {
        var service = new CheckHealthService(List.of(database, cluster));
        database.fail("Connection refused");
        service.check();
        database.recover(Map.of("product", "MariaDB"));

        assertThat(service.check().allUp()).isTrue();
    }
}
