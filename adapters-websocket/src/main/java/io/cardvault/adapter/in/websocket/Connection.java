package io.cardvault.adapter.in.websocket;

import io.cardvault.application.port.in.realtime.CloseStreamUseCase;
import io.cardvault.application.port.in.realtime.OpenStreamCommand;
import io.cardvault.application.port.in.realtime.OpenStreamUseCase;
import io.cardvault.application.port.in.realtime.StreamAdmission;
import io.cardvault.application.port.in.realtime.StreamEndpoint;
import io.cardvault.domain.catalogue.MarketCardId;
import io.cardvault.domain.realtime.Subscriptions;
import io.cardvault.domain.realtime.Topic;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * One client connection and the frame protocol it speaks: admission (at connect, or at the first
 * message for a developer-stream client that sends its key late), the welcome frame,
 * subscribe/unsubscribe with acks, ping/pong, late {@code auth}, error frames that leave the socket
 * open, and the message budget. Client messages arrive one at a time; deliveries from the hub come
 * from other threads and only touch {@link #push}.
 */
final class Connection {

    /** The socket as the protocol sees it: send a text frame (queued, in order), or close with a code. */
    interface Peer {
        void send(String frame);

        void ping();

        /** Closes after the frames already queued. */
        void close(int code, String reason);

        /** Closes now, whatever is queued (a dead or hopelessly slow client). */
        void abort(int code, String reason);
    }

    static final int CLOSE_KEY_REQUIRED = 4401;
    static final int CLOSE_TIER_TOO_LOW = 4403;
    static final int CLOSE_TRY_AGAIN_LATER = 1013;
    static final int CLOSE_QUOTA_EXCEEDED = 4429;
    static final int CLOSE_GOING_AWAY = 1001;

    private final String id;
    private final Handshake handshake;
    private final Peer peer;
    private final OpenStreamUseCase open;
    private final CloseStreamUseCase close;
    private final RealtimeHub hub;
    private final RealtimeSettings settings;
    private final LongSupplier clock;
    private final MessageBudget budget;
    private final long openedAt;

    private volatile long lastSeen;
    private long lastPing;
    private volatile boolean closed;
    private volatile StreamAdmission.Admitted admission;
    private Subscriptions subscriptions;

    Connection(String id, Handshake handshake, Peer peer, OpenStreamUseCase open, CloseStreamUseCase close,
               RealtimeHub hub, RealtimeSettings settings, LongSupplier clock) {
        this.id = id;
        this.handshake = handshake;
        this.peer = peer;
        this.open = open;
        this.close = close;
        this.hub = hub;
        this.settings = settings;
        this.clock = clock;
        this.budget = new MessageBudget(settings.maxMessages(), settings.messageWindow().toNanos());
        this.openedAt = clock.getAsLong();
        this.lastSeen = openedAt;
        this.lastPing = openedAt;
    }

    String id() {
        return id;
    }

    /** Lets the client in at once, unless it must first send its key in an {@code auth} message. */
    synchronized void start() {
        hub.track(this);
        if (handshake.endpoint() == StreamEndpoint.DEVELOPER_STREAM && handshake.apiKey().isEmpty()) {
            return; // waiting for {"type":"auth"}; the hub closes it when the auth timeout passes
        }
        StreamAdmission answer = open.open(new OpenStreamCommand(handshake.endpoint(), handshake.apiKey(), true,
                handshake.sessionToken(), handshake.clientAddress()));
        if (answer instanceof StreamAdmission.Admitted admitted) {
            admit(admitted);
        } else {
            refuse((StreamAdmission.Refused) answer);
        }
    }

    private void admit(StreamAdmission.Admitted admitted) {
        StreamAdmission.Admitted previous = admission;
        admission = admitted;
        Subscriptions carried = subscriptions;
        subscriptions = new Subscriptions(admitted.listener(), settings.maxTopics());
        if (carried != null) {
            carried.topics().forEach(topic -> subscriptions.subscribe(topic.name()));
        }
        if (previous != null) {
            close.close(previous.slot());
        }
        hub.join(this);
        peer.send(Frames.welcome(id, admitted.listener(), settings.heartbeat().toSeconds()));
    }

    private void refuse(StreamAdmission.Refused refused) {
        int code = switch (refused.reason()) {
            case KEY_REQUIRED, INVALID_KEY -> CLOSE_KEY_REQUIRED;
            case TIER_TOO_LOW -> CLOSE_TIER_TOO_LOW;
            case TOO_MANY_CONNECTIONS -> CLOSE_TRY_AGAIN_LATER;
            case QUOTA_EXCEEDED -> CLOSE_QUOTA_EXCEEDED;
        };
        peer.send(Frames.error(refused.message()));
        peer.close(code, refused.message());
        ended();
    }

    synchronized void onText(String text) {
        lastSeen = clock.getAsLong();
        if (closed) {
            return;
        }
        if (!budget.tryTake(lastSeen)) {
            peer.send(Frames.error("rate limit: at most " + settings.maxMessages() + " messages per "
                    + settings.messageWindow().toSeconds() + " s"));
            return;
        }
        Optional<JsonObject> frame = Frames.read(text);
        if (frame.isEmpty()) {
            peer.send(Frames.error("invalid frame: expected a JSON object"));
            return;
        }
        String type = frame.get().get("type") instanceof JsonString value ? value.getString() : "";
        if (admission == null) {
            if (!"auth".equals(type)) {
                refuse(new StreamAdmission.Refused(StreamAdmission.Reason.KEY_REQUIRED, "api_key required"));
                return;
            }
            authenticate(frame.get());
            return;
        }
        if (handshake.endpoint() == StreamEndpoint.PLAN_STREAM && (type.equals("subscribe") || type.equals("unsubscribe"))) {
            cards(frame.get(), type.equals("subscribe"));
            return;
        }
        switch (type) {
            case "subscribe" -> topics(frame.get()).ifPresentOrElse(this::subscribe,
                    () -> peer.send(Frames.error("subscribe needs \"topic\" or \"topics\"")));
            case "unsubscribe" -> topics(frame.get()).ifPresentOrElse(this::unsubscribe,
                    () -> peer.send(Frames.error("unsubscribe needs \"topic\" or \"topics\"")));
            case "ping" -> peer.send(Frames.PONG);
            case "pong" -> { } // a heartbeat answer: being seen is all it does
            case "auth" -> authenticate(frame.get());
            default -> peer.send(Frames.error("unknown message type: " + (type.isEmpty() ? "(none)" : type)));
        }
    }

    private void authenticate(JsonObject frame) {
        Optional<String> token = frame.get("token") instanceof JsonString value ? Optional.of(value.getString()) : Optional.empty();
        if (token.isEmpty() || token.get().isBlank()) {
            if (admission == null) {
                refuse(new StreamAdmission.Refused(StreamAdmission.Reason.KEY_REQUIRED, "api_key required"));
            } else {
                peer.send(Frames.error("auth needs a \"token\""));
            }
            return;
        }
        if (admission != null && admission.listener().authenticated()) {
            peer.send(Frames.error("already authenticated"));
            return;
        }
        StreamAdmission answer = open.open(new OpenStreamCommand(handshake.endpoint(), token, false, Optional.empty(),
                handshake.clientAddress()));
        if (answer instanceof StreamAdmission.Admitted admitted) {
            admit(admitted);
        } else if (admission == null) {
            refuse((StreamAdmission.Refused) answer);
        } else {
            peer.send(Frames.error(((StreamAdmission.Refused) answer).message()));
        }
    }

    private static Optional<List<String>> topics(JsonObject frame) {
        JsonValue single = frame.get("topic");
        JsonValue many = frame.get("topics");
        List<String> topics = new ArrayList<>();
        if (single instanceof JsonString topic) {
            topics.add(topic.getString());
        }
        if (many instanceof JsonArray list) {
            for (JsonValue item : list) {
                topics.add(item instanceof JsonString topic ? topic.getString() : item.toString());
            }
        }
        return topics.isEmpty() ? Optional.empty() : Optional.of(topics);
    }

    /**
     * The PokeTrace-compatible stream's subscriptions: cards by their {@code /v1} id ({@code "card"}
     * or {@code "cards"}), acknowledged by that id; each is the card's {@code card:} topic inside.
     */
    private void cards(JsonObject frame, boolean subscribing) {
        List<String> ids = new ArrayList<>();
        if (frame.get("card") instanceof JsonString card) {
            ids.add(card.getString());
        }
        if (frame.get("cards") instanceof JsonArray list) {
            list.forEach(item -> ids.add(item instanceof JsonString id ? id.getString() : item.toString()));
        }
        if (ids.isEmpty()) {
            peer.send(Frames.error((subscribing ? "subscribe" : "unsubscribe") + " needs \"card\" or \"cards\""));
            return;
        }
        for (String id : ids) {
            Optional<MarketCardId> parsed = MarketCardId.parse(id);
            if (parsed.isEmpty() || !(parsed.get() instanceof MarketCardId.Us us)) {
                peer.send(Frames.cardError("unknown card id: stream cards by their US id", id));
                continue;
            }
            Subscriptions.Outcome outcome = subscribing ? subscriptions.subscribe(Topic.card(us.card()).name())
                    : subscriptions.unsubscribe(Topic.card(us.card()).name());
            if (outcome instanceof Subscriptions.Outcome.Subscribed ok) {
                if (subscribing) {
                    hub.subscribe(this, ok.topic());
                } else {
                    hub.unsubscribe(this, ok.topic());
                }
                peer.send(Frames.cardAck(subscribing ? "subscribed" : "unsubscribed", id));
            } else {
                peer.send(Frames.cardError(((Subscriptions.Outcome.Refused) outcome).reason(), id));
            }
        }
    }

    /** Whether this connection speaks the PokeTrace-compatible stream's frames. */
    boolean pokeTrace() {
        return handshake.endpoint() == StreamEndpoint.PLAN_STREAM;
    }

    private void subscribe(List<String> requested) {
        answer(requested, subscriptions::subscribe, topic -> {
            hub.subscribe(this, topic);
            return Frames.subscribed(topic);
        });
    }

    private void unsubscribe(List<String> requested) {
        answer(requested, subscriptions::unsubscribe, topic -> {
            hub.unsubscribe(this, topic);
            return Frames.unsubscribed(topic);
        });
    }

    /** Applies {@code change} to each topic asked for: an ack from {@code done}, or an error frame naming the topic. */
    private void answer(List<String> requested, Function<String, Subscriptions.Outcome> change, Function<Topic, String> done) {
        for (String name : requested) {
            Subscriptions.Outcome outcome = change.apply(name);
            if (outcome instanceof Subscriptions.Outcome.Subscribed ok) {
                peer.send(done.apply(ok.topic()));
            } else {
                Subscriptions.Outcome.Refused refused = (Subscriptions.Outcome.Refused) outcome;
                peer.send(Frames.error(refused.reason(), refused.topic()));
            }
        }
    }

    /** An event frame from the hub. */
    void push(String frame) {
        if (!closed) {
            peer.send(frame);
        }
    }

    /** The client answered a protocol-level ping, or otherwise showed it is there. */
    void seen() {
        lastSeen = clock.getAsLong();
    }

    /**
     * The hub's check, every second: a silent connection is closed as dead, one that never sent
     * its key is closed 4401; the others get a ping every heartbeat (a JSON frame for the protocol, and a WebSocket ping
     * that any client library answers by itself).
     */
    void heartbeat(long now) {
        if (closed) {
            return;
        }
        if (admission == null && now - openedAt >= settings.authTimeout().toNanos()) {
            synchronized (this) {
                if (admission == null && !closed) {
                    refuse(new StreamAdmission.Refused(StreamAdmission.Reason.KEY_REQUIRED, "api_key required"));
                }
            }
            return;
        }
        if (now - lastSeen >= settings.deadAfter().toNanos()) {
            peer.abort(CLOSE_GOING_AWAY, "heartbeat timeout");
            ended();
            return;
        }
        if (admission != null && now - lastPing >= settings.heartbeat().toNanos()) {
            lastPing = now;
            peer.send(Frames.PING);
            peer.ping();
        }
    }

    /** The socket closed (either side): give the slot back and leave the hub. Safe to call twice. */
    void ended() {
        StreamAdmission.Admitted held;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            held = admission;
        }
        hub.leave(this, subscriptions == null ? List.<Topic>of() : List.copyOf(subscriptions.topics()));
        if (held != null) {
            close.close(held.slot());
        }
    }

    boolean closed() {
        return closed;
    }
}
