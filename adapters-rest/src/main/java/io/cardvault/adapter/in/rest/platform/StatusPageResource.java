package io.cardvault.adapter.in.rest.platform;

import io.cardvault.application.port.in.account.CheckAccessUseCase;
import io.cardvault.application.port.in.platform.GetPlatformStatusUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/status}: the status page, checked on this node when asked. Always 200 (the page
 * reports outages, it is not a probe: {@code /health/ready} is). Targets: {@code api},
 * {@code cluster}, {@code database}, {@code source:cardmarket|tcgcsv|pricecharting},
 * {@code recognition_index}, {@code search_index}, {@code bulk_data}; states {@code operational},
 * {@code degraded}, {@code down}, {@code unknown}.
 */
@Path("/api/status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Health & stats")
public class StatusPageResource {

    private final GetPlatformStatusUseCase status;
    private final CheckAccessUseCase access;

    @Inject
    public StatusPageResource(GetPlatformStatusUseCase status, CheckAccessUseCase access) {
        this.status = status;
        this.access = access;
    }

    /** For CDI's client proxy only. */
    protected StatusPageResource() {
        this(null, null);
    }

    @GET
    @Operation(summary = "Status page", description = "{items:[{target, status, last_check, latency_ms, details}]}; "
            + "a source's details give its latest run and its circuit (open when the run log shows the circuit refused it).")
    @APIResponse(responseCode = "200", description = "Every target's status",
            content = @Content(schema = @Schema(implementation = StatusPageResponse.class)))
    public Response page(@Context HttpServletRequest request) {
        return Response.ok(StatusPageResponse.from(status.status(), Administrators.isAdministrator(request, access)))
                .header("Cache-Control", "no-store").build();
    }
}
