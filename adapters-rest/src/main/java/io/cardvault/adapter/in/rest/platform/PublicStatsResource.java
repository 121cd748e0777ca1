package io.cardvault.adapter.in.rest.platform;

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

/** {@code GET /api/public/stats}: the counters of {@code /api/stats}, anonymous, cached 60 s. */
@Path("/api/public/stats")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Health & stats")
public class PublicStatsResource {

    private final GetPlatformStatsUseCase stats;

    @Inject
    public PublicStatsResource(GetPlatformStatsUseCase stats) {
        this.stats = stats;
    }

    /** For CDI's client proxy only. */
    protected PublicStatsResource() {
        this(null);
    }

    @GET
    @Operation(summary = "Public platform counters", description = "The same counters as /api/stats, anonymous, cached 60 s.")
    @APIResponse(responseCode = "200", description = "The counters",
            content = @Content(schema = @Schema(implementation = PlatformStatsResponse.class)))
    public Response publicStats() {
        return PlatformStatsResource.cached(PlatformStatsResponse.from(stats.stats()));
    }
}
