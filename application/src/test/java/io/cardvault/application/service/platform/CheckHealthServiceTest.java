package io.cardvault.application.service.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.platform.ComponentHealth;
import io.cardvault.application.port.in.platform.HealthReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckHealthServiceTest {

    @Test
    void givenEveryProbeUp_reportIsUpAndSortedByComponent() {
        var service = new CheckHealthService(List.of(
                () -> ComponentHealth.up("database", Map.of("product", "MariaDB")),
                () -> ComponentHealth.up("cluster", Map.of("members", "2"))));

        HealthReport report = service.check();

        assertThat(report.allUp()).isTrue();
        assertThat(report.databaseUp()).isTrue();
        assertThat(report.components()).extracting(ComponentHealth::component)
                .containsExactly("cluster", "database");
    }

    @Test
    void givenDatabaseDown_reportIsDownAndSaysWhy() {
        var service = new CheckHealthService(List.of(
                () -> ComponentHealth.down("database", "Connection refused"),
                () -> ComponentHealth.up("cluster", Map.of())));

        HealthReport report = service.check();

        assertThat(report.allUp()).isFalse();
        assertThat(report.databaseUp()).isFalse();
        assertThat(report.component("database").orElseThrow().facts()).containsEntry("reason", "Connection refused");
    }

    @Test
    void givenNoDatabaseProbe_databaseCountsAsDown() {
        var service = new CheckHealthService(List.of(() -> ComponentHealth.up("cluster", Map.of())));

        assertThat(service.check().databaseUp()).isFalse();
    }
}
