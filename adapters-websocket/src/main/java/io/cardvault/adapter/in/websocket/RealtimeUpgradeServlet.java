package io.cardvault.adapter.in.websocket;

import io.cardvault.adapter.in.http.AdmissionFilter;
import io.cardvault.adapter.in.http.CallerAdmission;
import io.cardvault.adapter.in.http.PokeTraceErrorBody;
import io.cardvault.application.port.in.realtime.StreamEndpoint;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code WS /api/v1/stream}, {@code WS /ws/v1} and the PokeTrace-compatible {@code WS /ws}. The upgrade goes through a servlet (Jakarta
 * WebSocket 2.1's {@code upgradeHttpToWebSocket}) because the handshake API offers neither the
 * client's address (needed for the per-address limit) nor a per-connection place to keep what
 * the request carried: here each connection gets its own endpoint, built with its handshake. The
 * credentials come from the admission's verdict ({@link AdmissionFilter}): the presented key, or
 * the session cookie of an upgrade from a trusted origin (a cookie-authenticated upgrade from any
 * other origin was refused 403 there).
 */
@WebServlet(urlPatterns = {RealtimeUpgradeServlet.STREAM, RealtimeUpgradeServlet.CHANNEL, RealtimeUpgradeServlet.PLAN_STREAM},
        asyncSupported = true)
public class RealtimeUpgradeServlet extends HttpServlet {

    static final String STREAM = "/api/v1/stream";
    static final String CHANNEL = "/ws/v1";
    /** The PokeTrace-compatible stream: the admission let only a Scale-plan key through. */
    static final String PLAN_STREAM = "/ws";
    private static final long serialVersionUID = 1L;
    private static final String VERSION = "Sec-WebSocket-Version";
    private static final String SUPPORTED_VERSION = "13";
    static final String UNSUPPORTED_VERSION = "Sec-WebSocket-Version 13 is the only version spoken here";
    private static final int UPGRADE_REQUIRED = 426;
    private static final int KEY_BYTES = 16;
    /** RFC 9110 token, which a subprotocol name must be. */
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    /** Only {@code GET} opens a WebSocket; any other method is the API's 405 with {@code Allow: GET}. */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if ("GET".equals(request.getMethod())) {
            super.service(request, response);
            return;
        }
        response.setHeader("Allow", "GET");
        refuse(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method Not Allowed");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            response.setHeader("Upgrade", "websocket");
            refuse(request, response, UPGRADE_REQUIRED, "WebSocket upgrade required");
            return;
        }
        Optional<String> broken = brokenHandshake(request.getHeader("Connection"), request.getHeader(VERSION),
                request.getHeader("Sec-WebSocket-Key"), request.getHeader("Sec-WebSocket-Protocol"));
        if (broken.isPresent()) {
            if (broken.get().equals(UNSUPPORTED_VERSION)) {
                // RFC 6455 4.4: name the version this server speaks, so the client can retry with it
                response.setHeader(VERSION, SUPPORTED_VERSION);
                refuse(request, response, UPGRADE_REQUIRED, UNSUPPORTED_VERSION);
            } else {
                refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, broken.get());
            }
            return;
        }
        Optional<CallerAdmission.Admission> verdict = AdmissionFilter.verdict(request);
        if (verdict.isEmpty()) {
            // fail closed: never judged, never upgraded
            refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "Request refused: it did not pass the admission");
            return;
        }
        String path = request.getServletPath();
        StreamEndpoint endpoint = STREAM.equals(path) ? StreamEndpoint.DEVELOPER_STREAM
                : PLAN_STREAM.equals(path) ? StreamEndpoint.PLAN_STREAM : StreamEndpoint.GENERAL_CHANNEL;
        Handshake handshake = new Handshake(endpoint,
                Optional.ofNullable(verdict.get().streamKey()), Optional.ofNullable(verdict.get().streamSession()),
                Optional.ofNullable(request.getRemoteAddr()).orElse("unknown"));
        RealtimeGateway gateway = CDI.current().select(RealtimeGateway.class).get();
        ServerEndpointConfig config = ServerEndpointConfig.Builder.create(RealtimeEndpoint.class, path)
                .configurator(new ServerEndpointConfig.Configurator() {
                    @Override
                    public <T> T getEndpointInstance(Class<T> endpointClass) {
                        return endpointClass.cast(new RealtimeEndpoint(handshake, gateway));
                    }
                }).build();
        ServerContainer container = (ServerContainer) getServletContext().getAttribute(ServerContainer.class.getName());
        try {
            container.upgradeHttpToWebSocket(request, response, config, Map.of());
        } catch (DeploymentException e) {
            throw new IOException("WebSocket upgrade failed", e);
        }
        if (response.getStatus() >= HttpServletResponse.SC_BAD_REQUEST && !response.isCommitted()) {
            // the container refused what the checks above let through (an extension offer it cannot
            // take, say) with a bare status: give it the API's body
            refuse(request, response, response.getStatus(), response.getStatus() == HttpServletResponse.SC_BAD_REQUEST
                    ? "WebSocket handshake refused" : "WebSocket upgrade failed");
        }
    }

    /**
     * What is wrong with an upgrade request that asked for {@code websocket} (RFC 6455 4.2.1), in
     * the words of the answer; empty when the handshake is sound: {@code Connection} must name
     * {@code Upgrade}, the version must be 13, the key 16 bytes in base64, and any subprotocol
     * offer a list of tokens.
     */
    static Optional<String> brokenHandshake(String connection, String version, String key, String protocols) {
        if (connection == null || Arrays.stream(connection.split(",")).map(String::strip).noneMatch("upgrade"::equalsIgnoreCase)) {
            return Optional.of("Connection: Upgrade required for a WebSocket handshake");
        }
        if (!SUPPORTED_VERSION.equals(version == null ? null : version.strip())) {
            return Optional.of(UNSUPPORTED_VERSION);
        }
        if (!isHandshakeKey(key)) {
            return Optional.of("Sec-WebSocket-Key must be 16 bytes in base64");
        }
        if (protocols != null && !Arrays.stream(protocols.split(",", -1)).map(String::strip).allMatch(p -> TOKEN.matcher(p).matches())) {
            return Optional.of("Sec-WebSocket-Protocol must be a list of protocol names");
        }
        return Optional.empty();
    }

    private static boolean isHandshakeKey(String key) {
        if (key == null) {
            return false;
        }
        try {
            return Base64.getDecoder().decode(key.strip()).length == KEY_BYTES;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * {@code {"detail": …}}, as every API answer that is not a success; on the PokeTrace-compatible
     * {@code /ws}, PokeTrace's {@code {"error", "message"}}.
     */
    static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        String body = PLAN_STREAM.equals(request.getServletPath())
                ? PokeTraceErrorBody.of(errorTitle(status), detail)
                : Json.createObjectBuilder().add("detail", detail).build().toString();
        response.getWriter().write(body);
    }

    private static String errorTitle(int status) {
        return switch (status) {
            case HttpServletResponse.SC_BAD_REQUEST -> "Bad request";
            case HttpServletResponse.SC_FORBIDDEN -> "Forbidden";
            case HttpServletResponse.SC_METHOD_NOT_ALLOWED -> "Method not allowed";
            case UPGRADE_REQUIRED -> "Upgrade required";
            default -> "Request refused";
        };
    }
}
