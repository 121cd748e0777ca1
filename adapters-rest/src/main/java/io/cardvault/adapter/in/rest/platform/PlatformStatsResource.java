package io.cardvault.adapter.in.rest.platform;

import io.cardvault.adapter.in.rest.account.RequiresAccess;
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
 * The platform's counters: {@code /api/stats} for anyone ({@code /api/public/stats} answers the same;
 * {@code /api/health} the spec's subset), {@code /api/stats/detailed} per game for administrators.
 * Counted at most once a minute per node; public answers may be cached as long by clients.
 */
@Path("/api/stats")
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
    @Operation(summary = "Platform counters", description = "Catalogue, price points, accounts, sellers, active alerts, "
            + "active listings (0 until the marketplace stores listings), registered phones.")
    @APIResponse(responseCode = "200", description = "The counters",
            content = @Content(schema = @Schema(implementation = PlatformStatsResponse.class)))
    public Response platformStats() {
        return cached(PlatformStatsResponse.from(stats.stats()));
    }

    @GET
    @Path("detailed")
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

    /** The public counters' answer: clients may reuse it as long as a node keeps its counters. */
    static Response cached(Object body) {
        return Response.ok(body).header("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS).build();
    }
}
