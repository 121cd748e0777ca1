package io.cardvault.adapter.in.websocket;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The WebSocket endpoint of one connection: passes the socket's events to its {@link Connection}.
 * Public for the container; only {@link RealtimeUpgradeServlet} constructs it.
 */
public final class RealtimeEndpoint extends Endpoint {

    private static final Logger LOG = Logger.getLogger(RealtimeEndpoint.class.getName());
    /** Client frames are small commands; a larger one is closed 1009 by the container. */
    private static final int MAX_CLIENT_FRAME = 16 * 1024;

    private final Handshake handshake;
    private final RealtimeGateway gateway;
    private volatile Connection connection;

    RealtimeEndpoint(Handshake handshake, RealtimeGateway gateway) {
        this.handshake = handshake;
        this.gateway = gateway;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        session.setMaxTextMessageBufferSize(MAX_CLIENT_FRAME);
        Connection opened = gateway.connect(handshake, session);
        connection = opened;
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> {
            try {
                opened.onText(text);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Handling a real-time message failed", e);
                opened.push(Frames.error("internal error"));
            }
        });
        session.addMessageHandler(PongMessage.class, (MessageHandler.Whole<PongMessage>) pong -> opened.seen());
        try {
            opened.start();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Admitting a real-time connection failed", e);
            opened.push(Frames.error("internal error"));
            opened.ended();
        }
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        Connection opened = connection;
        if (opened != null) {
            opened.ended();
        }
    }

    @Override
    public void onError(Session session, Throwable failure) {
        LOG.log(Level.FINE, failure, () -> "Real-time connection " + session.getId() + " failed");
        Connection opened = connection;
        if (opened != null) {
            opened.ended();
        }
    }
}
