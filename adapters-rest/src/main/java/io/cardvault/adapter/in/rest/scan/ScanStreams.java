package io.cardvault.adapter.in.rest.scan;

import io.cardvault.application.port.out.LocalSubscribersPort;
import io.cardvault.domain.realtime.MarketEvent;
import io.cardvault.domain.realtime.ScanResult;
import io.cardvault.domain.scan.ScanSessionId;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This node's open scan-session event streams (the owner's {@code GET …/sse}). Session events reach
 * every node through the cluster's event path and are handed here as to the WebSocket hub: each is
 * written to the streams of its session as {@code event: <name>} with its JSON as {@code data}. A
 * comment line every {@link #HEARTBEAT_SECONDS} keeps proxies from closing an idle stream and finds
 * streams whose client went away; a stream ends after {@code completed} or when its session expires.
 */
@ApplicationScoped
class ScanStreams implements LocalSubscribersPort {

    static final long HEARTBEAT_SECONDS = 15;
    private static final Logger LOG = Logger.getLogger(ScanStreams.class.getName());

    /** One open stream: writes are serialised (events and heartbeats come from different threads). */
    private record Stream(SseEventSink sink, Sse sse, Instant until) {

        synchronized boolean send(OutboundSseEvent event) {
            if (sink.isClosed()) {
                return false;
            }
            try {
                sink.send(event).toCompletableFuture().join();
                return true;
            } catch (RuntimeException gone) {
                close();
                return false;
            }
        }

        synchronized void close() {
            try {
                sink.close();
            } catch (RuntimeException alreadyGone) {
                LOG.log(Level.FINE, "scan stream closed twice", alreadyGone);
            }
        }
    }

    private final ConcurrentHashMap<String, Set<Stream>> streams = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();
    private volatile ScheduledFuture<?> heartbeat;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    /** Opens a stream on a session until {@code until}; the first line tells the client it is connected. */
    void open(ScanSessionId session, SseEventSink sink, Sse sse, Instant until) {
        startHeartbeat();
        Stream stream = new Stream(sink, sse, until);
        streams.computeIfAbsent(session.value(), key -> ConcurrentHashMap.newKeySet()).add(stream);
        if (!stream.send(sse.newEventBuilder().comment("connected").build())) {
            remove(session.value(), stream);
        }
    }

    @Override
    public void deliver(MarketEvent event) {
        if (!(event instanceof ScanResult scan)) {
            return;
        }
        Set<Stream> open = streams.get(scan.sessionId());
        if (open == null) {
            return;
        }
        for (Stream stream : List.copyOf(open)) {
            OutboundSseEvent frame = stream.sse().newEventBuilder().name(scan.event()).data(scan.detailJson()).build();
            if (!stream.send(frame) || "completed".equals(scan.event())) {
                stream.close();
                remove(scan.sessionId(), stream);
            }
        }
    }

    /** Streams open on this node (for the heartbeat and for tests). */
    int openStreams() {
        return streams.values().stream().mapToInt(Set::size).sum();
    }

    private void startHeartbeat() {
        if (heartbeat == null) {
            synchronized (this) {
                if (heartbeat == null) {
                    heartbeat = scheduler.scheduleAtFixedRate(this::beat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
                }
            }
        }
    }

    void beat() {
        Instant now = clock.instant();
        streams.forEach((session, open) -> {
            for (Stream stream : List.copyOf(open)) {
                boolean alive = now.isBefore(stream.until())
                        && stream.send(stream.sse().newEventBuilder().comment("heartbeat").build());
                if (!alive) {
                    stream.close();
                    remove(session, stream);
                }
            }
        });
    }

    private void remove(String session, Stream stream) {
        streams.computeIfPresent(session, (key, open) -> {
            open.remove(stream);
            return open.isEmpty() ? null : open;
        });
    }

    @PreDestroy
    void stop() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        streams.values().forEach(open -> open.forEach(Stream::close));
        streams.clear();
    }
}
