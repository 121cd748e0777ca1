package io.cardvault.adapter.in.rest.catalogue;

import io.cardvault.application.port.in.catalogue.GetCatalogueStatsUseCase;
import io.cardvault.application.port.in.price.CountPricePointsUseCase;
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

/** {@code GET /api/v2/stats}: the normalised store's pre-aggregated counters, never a live COUNT. */
@Path("/api/v2/stats")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data API v2")
public class V2StatsResource {

    /** The spec caches this route for 300 s. */
    static final int MAX_AGE_SECONDS = 300;

    private final GetCatalogueStatsUseCase catalogueStats;
    private final CountPricePointsUseCase pricePoints;

    @Inject
    public V2StatsResource(GetCatalogueStatsUseCase catalogueStats, CountPricePointsUseCase pricePoints) {
        this.catalogueStats = catalogueStats;
        this.pricePoints = pricePoints;
    }

    /** For CDI's client proxy only. */
    protected V2StatsResource() {
        this.catalogueStats = null;
        this.pricePoints = null;
    }

    @GET
    @Operation(summary = "Pre-aggregated counters of the normalised store",
            description = "Kept current by every import; zeros and a null updated_at before the first one.")
    @APIResponse(responseCode = "200", description = "The counters",
            content = @Content(schema = @Schema(implementation = V2StatsResponse.class)))
    public Response stats() {
        long points = pricePoints.pricePoints();
        return Response.ok(catalogueStats.stats().map(stats -> V2StatsResponse.from(stats, points))
                        .orElse(V2StatsResponse.EMPTY.withPricePoints(points)))
                .header("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS)
                .build();
    }
}
