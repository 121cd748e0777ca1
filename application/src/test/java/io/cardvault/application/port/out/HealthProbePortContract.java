package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.platform.ComponentHealth;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link HealthProbePort}: every probe (the in-memory fake, the database's, the
 * cluster's) must pass it, once over a component that works and once over one that does not.
 * A probe names its component the same way whatever the outcome, says why it is down, and
 * answers within a couple of seconds without throwing.
 */
public abstract class HealthProbePortContract {

    /** What {@link HealthProbePort} promises to answer within. */
    private static final Duration PROMPT = Duration.ofSeconds(5);

    /** The component the probe under test reports on ({@code database}, {@code cluster}). */
    protected abstract String component();

    /** A probe over a component that works. */
    protected abstract HealthProbePort working();

    /** A probe over a component that cannot be reached. */
    protected abstract HealthProbePort broken();

    @Test
    void givenWorkingComponent_probe_reportsItUpUnderItsName() {
        ComponentHealth health = promptly(working());

        assertThat(health.component()).isEqualTo(component());
        assertThat(health.up()).isTrue();
        assertThat(health.facts()).doesNotContainKey("reason");
    }

    @Test
    void givenBrokenComponent_probe_reportsItDownWithAReasonInsteadOfThrowing() {
        ComponentHealth health = promptly(broken());

        assertThat(health.component()).isEqualTo(component());
        assertThat(health.up()).isFalse();
        assertThat(health.facts().get("reason")).isNotBlank();
    }

    @Test
    void givenWorkingComponent_probeAgain_answersTheSame() {
        HealthProbePort probe = working();
        promptly(probe);

        assertThat(promptly(probe).up()).isTrue();
    }

    private static ComponentHealth promptly(HealthProbePort probe) {
        long started = System.nanoTime();
        ComponentHealth health = probe.probe();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(PROMPT);
        assertThat(health).isNotNull();
        return health;
    }
}
