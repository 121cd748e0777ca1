package io.cardvault.adapter.in.rest.platform;

import io.cardvault.application.port.in.platform.TargetStatus;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The spec's status page, {@code {"items":[{"target","status","last_check","latency_ms"}]}}, each item
 * with {@code details}: everyone sees counts, times, outcomes and circuit states; only an administrator
 * also sees what could help an attacker (database product and version, cluster addresses and name, a
 * failed run's message, which may name an upstream host).
 */
public record StatusPageResponse(List<Item> items) {

    /** Details anyone may read. */
    static final Set<String> PUBLIC_DETAILS = Set.of("members", "cards", "ready", "last_run", "last_run_at",
            "last_run_finished_at", "last_run_status", "failures_in_a_row", "circuit", "all_cards", "latest_prices");

    public record Item(String target, String status, String lastCheck, Long latencyMs, Map<String, String> details) {
    }

    static StatusPageResponse from(List<TargetStatus> targets, boolean administrator) {
        return new StatusPageResponse(targets.stream().map(target -> new Item(target.target(), target.state().code(),
                DateTimeFormatter.ISO_INSTANT.format(target.lastCheck()),
                target.latencyMillis().isPresent() ? target.latencyMillis().getAsLong() : null,
                administrator ? target.details() : target.details().entrySet().stream()
                        .filter(detail -> PUBLIC_DETAILS.contains(detail.getKey()))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))).toList());
    }
}
