package io.cardvault.adapter.in.websocket;

import io.cardvault.application.port.in.realtime.CloseStreamUseCase;
import io.cardvault.application.port.in.realtime.OpenStreamUseCase;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens {@link Connection}s for the upgrade servlet with the use cases, the hub and the settings,
 * and runs the once-a-second heartbeat check on the server's managed scheduler.
 */
@ApplicationScoped
class RealtimeGateway {

    private static final Logger LOG = Logger.getLogger(RealtimeGateway.class.getName());
    private static final String SCHEDULER = "java:comp/DefaultManagedScheduledExecutorService";

    private final OpenStreamUseCase open;
    private final CloseStreamUseCase close;
    private final RealtimeHub hub;
    private final RealtimeSettings settings;
    private volatile ScheduledFuture<?> heartbeat;

    @Inject
    RealtimeGateway(OpenStreamUseCase open, CloseStreamUseCase close, RealtimeHub hub,
                    @ConfigProperty(name = "CARDVAULT_REALTIME_HEARTBEAT_SECONDS") int heartbeatSeconds,
                    @ConfigProperty(name = "CARDVAULT_REALTIME_AUTH_TIMEOUT_SECONDS") int authTimeoutSeconds,
                    @ConfigProperty(name = "CARDVAULT_REALTIME_MAX_TOPICS") int maxTopics,
                    @ConfigProperty(name = "CARDVAULT_REALTIME_MAX_MESSAGES") int maxMessages,
                    @ConfigProperty(name = "CARDVAULT_REALTIME_MESSAGE_WINDOW_SECONDS") int messageWindowSeconds,
                    @ConfigProperty(name = "CARDVAULT_REALTIME_MAX_QUEUED_FRAMES") int maxQueuedFrames) {
        this.open = open;
        this.close = close;
        this.hub = hub;
        this.settings = new RealtimeSettings(Duration.ofSeconds(heartbeatSeconds), Duration.ofSeconds(authTimeoutSeconds),
                maxTopics, maxMessages, Duration.ofSeconds(messageWindowSeconds), maxQueuedFrames);
    }

    /** For CDI's client proxy only. */
    protected RealtimeGateway() {
        this.open = null;
        this.close = null;
        this.hub = null;
        this.settings = null;
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        try {
            ManagedScheduledExecutorService scheduler = InitialContext.doLookup(SCHEDULER);
            heartbeat = scheduler.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
        } catch (NamingException e) {
            throw new IllegalStateException("no managed scheduler for the real-time heartbeat", e);
        }
    }

    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object context) {
        ScheduledFuture<?> running = heartbeat;
        if (running != null) {
            running.cancel(false);
        }
    }

    private void tick() {
        try {
            hub.heartbeat(System.nanoTime());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Real-time heartbeat failed", e);
        }
    }

    Connection connect(Handshake handshake, Session session) {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        return new Connection(id, handshake, new SessionPeer(session, settings.maxQueuedFrames()), open, close, hub,
                settings, System::nanoTime);
    }
}
