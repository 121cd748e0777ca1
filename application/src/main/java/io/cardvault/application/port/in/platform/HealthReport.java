package io.cardvault.application.port.in.platform;

import io.cardvault.domain.platform.ComponentHealth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The health of every component this node depends on, in a stable order. */
public record HealthReport(List<ComponentHealth> components) {

    public HealthReport {
        components = components.stream().sorted(Comparator.comparing(ComponentHealth::component)).toList();
    }

    public boolean allUp() {
        return components.stream().allMatch(ComponentHealth::up);
    }

    public Optional<ComponentHealth> component(String name) {
        return components.stream().filter(c -> c.component().equals(name)).findFirst();
    }

    /** A missing database probe counts as down: the node cannot serve without its store. */
    public boolean databaseUp() {
        return component(ComponentHealth.DATABASE).map(ComponentHealth::up).orElse(false);
    }
}
