package io.cardvault.adapter.in.rest.platform;

import io.cardvault.domain.platform.ComponentHealth;
import io.cardvault.application.port.in.platform.HealthReport;
import java.util.List;
import java.util.Map;

/** The MicroProfile Health response: {@code {"status":"UP","checks":[{"name","status","data"}]}}. */
public record ProbeResponse(String status, List<Check> checks) {

    static final String UP = "UP";
    static final String DOWN = "DOWN";

    public record Check(String name, String status, Map<String, String> data) {
    }

    /**
     * The report; each check's data (database version, cluster address, …) only {@code withDetails}:
     * others learn whether the node is ready, not what it runs or where its peers are.
     */
    static ProbeResponse from(HealthReport report, boolean withDetails) {
        return new ProbeResponse(report.allUp() ? UP : DOWN, report.components().stream()
                .map(component -> check(component, withDetails))
                .toList());
    }

    private static Check check(ComponentHealth component, boolean withDetails) {
        return new Check(component.component(), component.up() ? UP : DOWN, withDetails ? component.facts() : Map.of());
    }
}
