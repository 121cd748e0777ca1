package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fake obeys the same contract as the real probes, so service tests on it mean something. */
class InMemoryHealthProbeTest extends HealthProbePortContract {

    @Override
    protected String component() {
        return "database";
    }

    @Override
    protected HealthProbePort working() {
        return InMemoryHealthProbe.up("database", Map.of("product", "MariaDB"));
    }

    @Override
    protected HealthProbePort broken() {
        return InMemoryHealthProbe.down("database", "Connection refused");
    }

    @Test
    void givenWorkingProbe_failThenRecover_switchesWhatItReports() {
        InMemoryHealthProbe probe = InMemoryHealthProbe.up("cluster", Map.of("members", "2"));

        probe.fail("member not running");
        assertThat(probe.probe().up()).isFalse();
        probe.recover(Map.of("members", "3"));
        assertThat(probe.probe().facts()).containsEntry("members", "3");
    }
}
