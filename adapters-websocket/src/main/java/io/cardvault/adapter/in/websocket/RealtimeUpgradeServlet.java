package io.cardvault.adapter.in.websocket;

import io.cardvault.adapter.in.http.AdmissionFilter;
import io.cardvault.adapter.in.http.CallerAdmission;
import io.cardvault.application.port.in.realtime.StreamEndpoint;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * {@code WS /api/v1/stream} and {@code WS /ws/v1}. The upgrade goes through a servlet (Jakarta
 * WebSocket 2.1's {@code upgradeHttpToWebSocket}) because the handshake API offers neither the
 * client's address (needed for the per-address limit) nor a per-connection place to keep what
 * the request carried: here each connection gets its own endpoint, built with its handshake. The
 * credentials come from the admission's verdict ({@link AdmissionFilter}): the presented key, or
 * the session cookie of an upgrade from a trusted origin (a cookie-authenticated upgrade from any
 * other origin was refused 403 there).
 */
@WebServlet(urlPatterns = {RealtimeUpgradeServlet.STREAM, RealtimeUpgradeServlet.CHANNEL}, asyncSupported = true)
public class RealtimeUpgradeServlet extends HttpServlet {

    static final String STREAM = "/api/v1/stream";
    static final String CHANNEL = "/ws/v1";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            response.setStatus(426);
            response.setHeader("Upgrade", "websocket");
            response.setContentType("application/json");
            response.getWriter().write("{\"detail\":\"WebSocket upgrade required\"}");
            return;
        }
        Optional<CallerAdmission.Admission> verdict = AdmissionFilter.verdict(request);
        if (verdict.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN); // fail closed: never judged, never upgraded
            response.setContentType("application/json");
            response.getWriter().write("{\"detail\":\"Request refused: it did not pass the admission\"}");
            return;
        }
        String path = request.getServletPath();
        Handshake handshake = new Handshake(STREAM.equals(path) ? StreamEndpoint.DEVELOPER_STREAM : StreamEndpoint.GENERAL_CHANNEL,
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
    }
}
