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

    static ProbeResponse from(HealthReport report) {
        return new ProbeResponse(report.allUp() ? UP : DOWN, report.components().stream()
                .map(ProbeResponse::check)
                .toList());
    }

    private static Check check(ComponentHealth component) {
        return new Check(component.component(), component.up() ? UP : DOWN, component.facts());
    }
}
