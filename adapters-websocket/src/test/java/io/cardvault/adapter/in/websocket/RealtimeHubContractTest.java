package io.cardvault.adapter.in.websocket;

import io.cardvault.application.port.in.realtime.ConnectionSlot;
import io.cardvault.application.port.in.realtime.StreamAdmission;
import io.cardvault.application.port.in.realtime.StreamEndpoint;
import io.cardvault.application.port.out.LocalSubscribersPort;
import io.cardvault.application.port.out.LocalSubscribersPortContract;
import io.cardvault.domain.realtime.Listener;
import io.cardvault.domain.realtime.Topic;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The port contract on the WebSocket hub, with clients connected through the real frame protocol
 * (admitted, then subscribing with a {@code subscribe} message) and their sockets replaced by
 * recorders of the frames they were sent.
 */
class RealtimeHubContractTest extends LocalSubscribersPortContract {

    private static final RealtimeSettings SETTINGS = new RealtimeSettings(Duration.ofSeconds(25), Duration.ofSeconds(10),
            10, 100, Duration.ofSeconds(10), 100);

    private final RealtimeHub hub = new RealtimeHub();
    private final Map<Client, Connection> connections = new HashMap<>();
    private int opened;

    @Override
    protected LocalSubscribersPort subscribers() {
        return hub;
    }

    @Override
    protected Client connect(Topic... topics) {
        List<String> frames = new CopyOnWriteArrayList<>();
        Connection.Peer peer = new Connection.Peer() {
            @Override
            public void send(String frame) {
                frames.add(frame);
            }

            @Override
            public void ping() {
                // no socket to ping
            }

            @Override
            public void close(int code, String reason) {
                // no socket to close
            }

            @Override
            public void abort(int code, String reason) {
                // no socket to abort
            }
        };
        Connection connection = new Connection("c" + ++opened,
                new Handshake(StreamEndpoint.GENERAL_CHANNEL, Optional.empty(), Optional.empty(), "198.51.100.7"), peer,
                command -> new StreamAdmission.Admitted(Listener.anonymous(), new ConnectionSlot("ip:198.51.100.7")),
                slot -> { }, hub, SETTINGS, System::nanoTime);
        connection.start();
        if (topics.length > 0) {
            connection.onText(Json.createObjectBuilder().add("type", "subscribe")
                    .add("topics", Json.createArrayBuilder(Stream.of(topics).map(Topic::name).toList())).build().toString());
        }
        frames.clear(); // the welcome and the acknowledgements
        Client client = () -> frames.stream().map(RealtimeHubContractTest::delivery).collect(Collectors.toList());
        connections.put(client, connection);
        return client;
    }

    @Override
    protected void disconnect(Client client) {
        connections.get(client).ended();
    }

    private static Delivery delivery(String frame) {
        JsonObject json = Json.createReader(new StringReader(frame)).readObject();
        return new Delivery(json.getString("type"),
                json.containsKey("topic") ? Optional.of(new Topic(json.getString("topic"))) : Optional.empty());
    }
}
