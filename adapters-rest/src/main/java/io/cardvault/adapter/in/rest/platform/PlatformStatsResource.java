package io.cardvault.adapter.in.rest.platform;

import io.cardvault.adapter.in.rest.account.RequiresAccess;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.application.port.in.platform.GetPlatformStatsUseCase;
import io.cardvault.domain.account.AccessRequirement;
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

/**
 * The platform's counters: {@code /api/health} in the spec's shape, {@code /api/stats} and
 * {@code /api/public/stats} for anyone (the same counters; the second is the name the v2 prose
 * compares its anonymous routes with), {@code /api/stats/detailed} per game for administrators.
 * Counted at most once a minute per node; public answers may be cached as long by clients.
 */
@Path("/api")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Health & stats")
public class PlatformStatsResource {

    static final int MAX_AGE_SECONDS = 60;

    private final GetPlatformStatsUseCase stats;

    @Inject
    public PlatformStatsResource(GetPlatformStatsUseCase stats) {
        this.stats = stats;
    }

    /** For CDI's client proxy only. */
    protected PlatformStatsResource() {
        this(null);
    }

    @GET
    @Path("health")
    @Operation(summary = "Counters with the API's status",
            description = "{status, cards, prices, users, sellers, active_alerts, db_size_mb, version}; prices are price points.")
    @APIResponse(responseCode = "200", description = "The API and its store answer",
            content = @Content(schema = @Schema(implementation = ApiHealthResponse.class)))
    @APIResponse(responseCode = "503", description = "The database is out of reach (csm_data_unavailable)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Response health() {
        return cached(ApiHealthResponse.from(stats.stats()));
    }

    @GET
    @Path("stats")
    @Operation(summary = "Platform counters", description = "Catalogue, price points, accounts, sellers, active alerts, "
            + "active listings (0 until the marketplace stores listings), registered phones.")
    @APIResponse(responseCode = "200", description = "The counters",
            content = @Content(schema = @Schema(implementation = PlatformStatsResponse.class)))
    public Response platformStats() {
        return cached(PlatformStatsResponse.from(stats.stats()));
    }

    @GET
    @Path("public/stats")
    @Operation(summary = "Public platform counters", description = "The same counters as /api/stats, anonymous, cached 60 s.")
    @APIResponse(responseCode = "200", description = "The counters",
            content = @Content(schema = @Schema(implementation = PlatformStatsResponse.class)))
    public Response publicStats() {
        return cached(PlatformStatsResponse.from(stats.stats()));
    }

    @GET
    @Path("stats/detailed")
    @RequiresAccess(AccessRequirement.ADMIN)
    @Operation(summary = "Counters per game (administrators)", description = "The counters, each game's sets and cards, "
            + "the database's size and the running version.")
    @APIResponse(responseCode = "200", description = "The counters",
            content = @Content(schema = @Schema(implementation = DetailedStatsResponse.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Response detailed() {
        return Response.ok(DetailedStatsResponse.from(stats.stats())).header("Cache-Control", "private, no-store").build();
    }

    private static Response cached(Object body) {
        return Response.ok(body).header("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS).build();
    }
}
