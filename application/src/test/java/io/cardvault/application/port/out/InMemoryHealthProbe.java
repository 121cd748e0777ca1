package io.cardvault.application.port.out;

import io.cardvault.domain.platform.ComponentHealth;
import java.util.Map;

/** In-memory {@link HealthProbePort}: a component a test switches between working and broken. */
public class InMemoryHealthProbe implements HealthProbePort {

    private final String component;
    private volatile Map<String, String> facts;
    private volatile String downBecause;

    private InMemoryHealthProbe(String component, Map<String, String> facts, String downBecause) {
        this.component = component;
        this.facts = Map.copyOf(facts);
        this.downBecause = downBecause;
    }

    /** A component that works and reports these facts. */
    public static InMemoryHealthProbe up(String component, Map<String, String> facts) {
        return new InMemoryHealthProbe(component, facts, null);
    }

    /** A component that does not work, for this reason. */
    public static InMemoryHealthProbe down(String component, String reason) {
        return new InMemoryHealthProbe(component, Map.of(), reason);
    }

    /** From now on the component fails for {@code reason}. */
    public void fail(String reason) {
        this.downBecause = reason;
    }

    /** From now on the component works again, reporting {@code facts}. */
    public void recover(Map<String, String> facts) {
        this.facts = Map.copyOf(facts);
        this.downBecause = null;
    }

    @Override
    public ComponentHealth probe() {
        String reason = downBecause;
        return reason == null ? ComponentHealth.up(component, facts) : ComponentHealth.down(component, reason);
    }
}
