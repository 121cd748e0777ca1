package io.cardvault.adapter.in.rest.scan;

import io.cardvault.adapter.in.rest.account.RequestCaller;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.application.port.in.scan.OpenScanSessionUseCase;
import io.cardvault.application.port.in.scan.OpenedScanSession;
import io.cardvault.domain.scan.ClaimToken;
import io.cardvault.domain.scan.ScanSessionId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/scan-sessions} (signed in; anonymous 401): opens a session for the caller and
 * answers the spec's {@code session_id}, {@code claim_token}, {@code confirmation_code},
 * {@code qr_url}, {@code deeplink} (the scan PWA on {@code CARDVAULT_SITE_URL} with {@code session}
 * and {@code t}) and {@code expires_at}. Never cached: the answer holds the phone's credential.
 */
@Path("/api/scan-sessions")
@RequestScoped
@Tag(name = "Scanning")
public class ScanSessionsResource {

    static final String NO_STORE = "no-store";

    private final OpenScanSessionUseCase open;
    private final String siteUrl;

    @Inject
    public ScanSessionsResource(OpenScanSessionUseCase open, @ConfigProperty(name = "CARDVAULT_SITE_URL") String siteUrl) {
        this.open = open;
        this.siteUrl = siteUrl;
    }

    /** For CDI's client proxy only. */
    protected ScanSessionsResource() {
        this.open = null;
        this.siteUrl = null;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a scan session", description = "Bridges this signed-in desktop to a phone camera: the "
            + "claim token is the only credential the phone needs (shown once, here). Lives 30 minutes, or 5 idle.")
    @APIResponse(responseCode = "200", description = "session_id, claim_token, confirmation_code, qr_url, deeplink, expires_at")
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Response create(@Context HttpServletRequest request) {
        OpenedScanSession opened = open.open(RequestCaller.requireAccount(request));
        return Response.ok(ScanSessionResponses.Created.from(opened, deeplink(siteUrl, opened.id(), opened.token())))
                .header("Cache-Control", NO_STORE).build();
    }

    /** The scan PWA's address for the phone: the session and its token (what the QR code encodes). */
    static String deeplink(String siteUrl, ScanSessionId id, ClaimToken token) {
        return siteUrl.strip().replaceAll("/+$", "") + "/scan-pwa?session=" + id.value() + "&t="
                + URLEncoder.encode(token.value(), StandardCharsets.US_ASCII);
    }
}
