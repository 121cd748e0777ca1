package io.cardvault.domain.platform;

import java.util.Map;
import java.util.Objects;

/**
 * The state of one component this node depends on (the database, the cluster), with a few
 * facts an operator needs to diagnose it.
 */
public record ComponentHealth(String component, boolean up, Map<String, String> facts) {

    /** The component that stores everything; {@code /health/db} reports on it alone. */
    public static final String DATABASE = "database";

    public ComponentHealth {
        Objects.requireNonNull(component, "component");
        if (component.isBlank()) {
            throw new IllegalArgumentException("component name is blank");
        }
        facts = Map.copyOf(facts);
    }

    public static ComponentHealth up(String component, Map<String, String> facts) {
        return new ComponentHealth(component, true, facts);
    }

    public static ComponentHealth down(String component, String reason) {
        return new ComponentHealth(component, false, Map.of("reason", reason));
    }
}
