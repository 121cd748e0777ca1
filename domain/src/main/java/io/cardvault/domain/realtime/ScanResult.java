package io.cardvault.domain.realtime;

import java.util.List;
import java.util.Objects;

/**
 * A bulk-scan session event relayed to the desktop: delivered on {@code scan:<session>}.
 * {@code event} is the session's event name ({@code claimed}, {@code photo}, {@code result},
 * {@code completed}); {@code detailJson} is that event's payload, a JSON object passed through as
 * it is (the scan feature owns its shape).
 */
public record ScanResult(String sessionId, String event, String detailJson) implements MarketEvent {

    public static final String TYPE = "scan_result";

    public ScanResult {
        sessionId = Topic.scan(MarketEvent.requireText(sessionId, "session_id")).name()
                .substring(TopicKind.SCAN.prefix().length());
        event = MarketEvent.requireText(event, "event");
        Objects.requireNonNull(detailJson, "detailJson");
        if (!detailJson.strip().startsWith("{")) {
            throw new InvalidTopicException("a scan event's detail is a JSON object");
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Topic> topics() {
        return List.of(Topic.scan(sessionId));
    }
}
