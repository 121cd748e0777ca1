package io.cardvault.adapter.in.rest.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.platform.HealthReport;
import io.cardvault.domain.platform.ComponentHealth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProbeResponseTest {

    private static final HealthReport REPORT = new HealthReport(List.of(
            ComponentHealth.up("cluster", Map.of("address", "10.0.1.7:5701", "members", "2")),
            ComponentHealth.up("database", Map.of("product", "MariaDB", "version", "11.4.5-MariaDB"))));

    @Test
    void anyone_learns_each_components_status_but_not_its_version_or_address() {
        ProbeResponse anonymous = ProbeResponse.from(REPORT, false);
        assertThat(anonymous.status()).isEqualTo("UP");
        assertThat(anonymous.checks()).extracting(check -> check.name() + "=" + check.status())
                .containsExactly("cluster=UP", "database=UP");
        assertThat(anonymous.checks()).allSatisfy(check -> assertThat(check.data()).isEmpty());
    }

    @Test
    void an_administrator_sees_the_details() {
        ProbeResponse admin = ProbeResponse.from(REPORT, true);
        assertThat(admin.checks().get(0).data()).containsEntry("address", "10.0.1.7:5701");
        assertThat(admin.checks().get(1).data()).containsEntry("version", "11.4.5-MariaDB");
    }
}
