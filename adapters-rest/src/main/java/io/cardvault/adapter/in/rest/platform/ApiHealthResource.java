package io.cardvault.adapter.in.rest.platform;

import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.application.port.in.platform.GetPlatformStatsUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/health}: the spec's counters with the API's status (see {@link PlatformStatsResource}). */
@Path("/api/health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Health & stats")
public class ApiHealthResource {

    private final GetPlatformStatsUseCase stats;

    @Inject
    public ApiHealthResource(GetPlatformStatsUseCase stats) {
        this.stats = stats;
    }

    /** For CDI's client proxy only. */
    protected ApiHealthResource() {
        this(null);
    }

    @GET
    @Operation(summary = "Counters with the API's status",
            description = "{status, cards, prices, users, sellers, active_alerts, db_size_mb, version}; prices are price points.")
    @APIResponse(responseCode = "200", description = "The API and its store answer",
            content = @Content(schema = @Schema(implementation = ApiHealthResponse.class)))
    @APIResponse(responseCode = "503", description = "The database is out of reach (csm_data_unavailable)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Response health() {
        return PlatformStatsResource.cached(ApiHealthResponse.from(stats.stats()));
    }
}
