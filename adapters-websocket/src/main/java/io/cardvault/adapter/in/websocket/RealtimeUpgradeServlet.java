package io.cardvault.adapter.in.websocket;

import io.cardvault.application.port.in.realtime.StreamEndpoint;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * {@code WS /api/v1/stream} and {@code WS /ws/v1}. The upgrade goes through a servlet (Jakarta
 * WebSocket 2.1's {@code upgradeHttpToWebSocket}) because the handshake API offers neither the
 * client's address (needed for the per-address limit) nor a per-connection place to keep what
 * the request carried: here each connection gets its own endpoint, built with its handshake.
 */
@WebServlet(urlPatterns = {RealtimeUpgradeServlet.STREAM, RealtimeUpgradeServlet.CHANNEL}, asyncSupported = true)
public class RealtimeUpgradeServlet extends HttpServlet {

    static final String STREAM = "/api/v1/stream";
    static final String CHANNEL = "/ws/v1";
    private static final long serialVersionUID = 1L;
    private static final String SESSION_COOKIE = "tcg_session";
    private static final String BEARER = "bearer ";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            response.setStatus(426);
            response.setHeader("Upgrade", "websocket");
            response.setContentType("application/json");
            response.getWriter().write("{\"detail\":\"WebSocket upgrade required\"}");
            return;
        }
        String path = request.getServletPath();
        Handshake handshake = new Handshake(STREAM.equals(path) ? StreamEndpoint.DEVELOPER_STREAM : StreamEndpoint.GENERAL_CHANNEL,
                presentedKey(request), sessionCookie(request), Optional.ofNullable(request.getRemoteAddr()).orElse("unknown"));
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
    }

    /** As on the REST side: {@code ?api_key=}, else {@code X-API-Key}, else {@code Authorization: Bearer}. */
    static Optional<String> presentedKey(HttpServletRequest request) {
        String query = request.getParameter("api_key");
        if (query != null && !query.isBlank()) {
            return Optional.of(query.strip());
        }
        String header = request.getHeader("X-API-Key");
        if (header != null && !header.isBlank()) {
            return Optional.of(header.strip());
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of(authorization.substring(BEARER.length()).strip());
        }
        return Optional.empty();
    }

    private static Optional<String> sessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> SESSION_COOKIE.equals(cookie.getName())).map(Cookie::getValue).findFirst();
    }
}
