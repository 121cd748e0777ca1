package io.cardvault.adapter.in.websocket;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes a connection's frames in order, one at a time (a WebSocket endpoint may not start a
 * second asynchronous send before the first completed), without ever blocking the thread that
 * delivers an event. A client that lets more than {@code maxQueued} frames pile up is too slow
 * to follow the market and is closed (1008) rather than holding memory.
 */
final class SessionPeer implements Connection.Peer, SendHandler {

    private static final Logger LOG = Logger.getLogger(SessionPeer.class.getName());
    private static final Object PING = new Object();

    /** A close that waits for the frames queued before it (an error frame, then the close code). */
    private record Close(int code, String reason) {
    }
    private static final ByteBuffer PING_PAYLOAD = ByteBuffer.wrap("cv".getBytes(StandardCharsets.US_ASCII));

    private final Session session;
    private final int maxQueued;
    private final Queue<Object> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean writing = new AtomicBoolean();

    SessionPeer(Session session, int maxQueued) {
        this.session = session;
        this.maxQueued = maxQueued;
    }

    @Override
    public void send(String frame) {
        enqueue(frame);
    }

    @Override
    public void ping() {
        enqueue(PING);
    }

    private void enqueue(Object item) {
        if (!session.isOpen()) {
            return;
        }
        if (queued.incrementAndGet() > maxQueued) {
            queued.decrementAndGet();
            abort(CloseReason.CloseCodes.VIOLATED_POLICY.getCode(), "too slow: frames are piling up");
            return;
        }
        queue.add(item);
        drain();
    }

    private void drain() {
        while (writing.compareAndSet(false, true)) {
            Object next = queue.poll();
            if (next == null) {
                writing.set(false);
                if (queue.isEmpty()) {
                    return;
                }
                continue; // something arrived between the poll and the reset
            }
            if (next instanceof Close close) {
                abort(close.code(), close.reason());
                writing.set(false);
                return;
            }
            queued.decrementAndGet();
            if (next == PING) {
                try {
                    session.getAsyncRemote().sendPing(PING_PAYLOAD.duplicate());
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.FINE, e, () -> "Ping to " + session.getId() + " failed");
                }
                writing.set(false);
                continue;
            }
            try {
                session.getAsyncRemote().sendText((String) next, this);
                return; // onResult continues
            } catch (RuntimeException e) {
                writing.set(false);
                LOG.log(Level.FINE, e, () -> "Send to " + session.getId() + " failed");
                return;
            }
        }
    }

    @Override
    public void onResult(SendResult result) {
        writing.set(false);
        if (!result.isOK()) {
            LOG.log(Level.FINE, result.getException(), () -> "Send to " + session.getId() + " failed");
            return;
        }
        drain();
    }

    @Override
    public void close(int code, String reason) {
        queue.add(new Close(code, reason));
        drain();
    }

    @Override
    public void abort(int code, String reason) {
        try {
            if (session.isOpen()) {
                session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
            }
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.FINE, e, () -> "Closing " + session.getId() + " failed");
        }
    }
}
