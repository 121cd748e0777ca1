package io.cardvault.adapter.in.rest.analytics;

import io.cardvault.application.port.in.analytics.ListLegacyMoversUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The legacy movers list: a bare JSON array of 30-day gainers (up) or losers (down). */
@Path("/api/movers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Market intelligence")
public class LegacyMoversResource {

    private final ListLegacyMoversUseCase movers;

    @Inject
    public LegacyMoversResource(ListLegacyMoversUseCase movers) {
        this.movers = movers;
    }

    /** For CDI's client proxy only. */
    protected LegacyMoversResource() {
        this(null);
    }

    @GET
    @Operation(summary = "Legacy movers (flat list)", description = "Gainers or losers over 30 days; use /api/market/movers.")
    @APIResponse(responseCode = "200", description = "A flat list")
    @APIResponse(responseCode = "404", description = "TCG not found")
    @APIResponse(responseCode = "422", description = "direction not up/down, limit outside 1–50")
    public List<AnalyticsResponses.MoverItem> movers(
            @QueryParam("direction") @DefaultValue("up") @Pattern(regexp = "up|down") String direction,
            @QueryParam("limit") @DefaultValue("12") @Min(1) @Max(50) int limit,
            @QueryParam("tcg_slug") @Pattern(regexp = MarketResource.GAME) String tcgSlug) {
        return movers.movers("up".equals(direction), limit, Optional.ofNullable(tcgSlug)).stream()
                .map(AnalyticsResponses.MoverItem::from).toList();
    }
}
