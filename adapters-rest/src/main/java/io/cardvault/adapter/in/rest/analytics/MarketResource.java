package io.cardvault.adapter.in.rest.analytics;

import io.cardvault.application.port.in.analytics.GetMarketMoversUseCase;
import io.cardvault.application.port.in.analytics.GetMarketStatsUseCase;
import io.cardvault.application.port.in.analytics.ListHotCardsUseCase;
import io.cardvault.application.port.in.analytics.ListPriceSpreadsUseCase;
import io.cardvault.domain.analytics.CrossSourceSpread;
import io.cardvault.domain.analytics.HotCard;
import io.cardvault.domain.analytics.MarketTotals;
import io.cardvault.domain.analytics.Mover;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Pre-aggregated dashboard data under {@code /api/market}, answered from the cluster-shared cache
 * as JSON written once per distinct answer ({@link RenderedViews}). Stateless, so one instance
 * serves every request.
 */
@Path("/api/market")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Market intelligence")
public class MarketResource {

    static final String GAME = "all|[a-z0-9][a-z0-9-]{0,31}";

    private final GetMarketMoversUseCase movers;
    private final ListPriceSpreadsUseCase spreads;
    private final GetMarketStatsUseCase stats;
    private final ListHotCardsUseCase hot;
    private final RenderedViews rendered;

    @Inject
    public MarketResource(GetMarketMoversUseCase movers, ListPriceSpreadsUseCase spreads, GetMarketStatsUseCase stats,
                          ListHotCardsUseCase hot, RenderedViews rendered) {
        this.movers = movers;
        this.spreads = spreads;
        this.stats = stats;
        this.hot = hot;
        this.rendered = rendered;
    }

    /** For CDI's client proxy only. */
    protected MarketResource() {
        this(null, null, null, null, null);
    }

    @GET
    @Path("movers")
    @Operation(summary = "Top gainers, losers and most volatile cards", description = "Change of each card's primary "
            + "series over the period; volatility = population standard deviation of daily returns. Recomputed after ingests.")
    @APIResponse(responseCode = "200", description = "Three ranked lists",
            content = @Content(schema = @Schema(implementation = AnalyticsResponses.MoversResponse.class)))
    @APIResponse(responseCode = "404", description = "TCG not found")
    @APIResponse(responseCode = "422", description = "period not 7d/30d/90d, limit outside 1–50")
    public Response movers(
            @QueryParam("tcg") @DefaultValue("all") @Pattern(regexp = GAME) String tcg,
            @QueryParam("period") @DefaultValue("7d") @Pattern(regexp = "7d|30d|90d") String period,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(50) int limit) {
        int days = Integer.parseInt(period.substring(0, period.length() - 1));
        Mover.Ranking ranking = movers.movers(tcg, days, limit);
        return rendered.json(() -> AnalyticsResponses.MoversResponse.from(ranking, period, tcg), "movers", period, tcg, ranking);
    }

    @GET
    @Path("spreads")
    @Operation(summary = "Cross-source arbitrage", description = "Cards whose cheapest and dearest source (latest values, "
            + "converted to EUR with ECB reference rates) differ by at least min_spread_pct, widest first.")
    @APIResponse(responseCode = "200", description = "Spreads",
            content = @Content(schema = @Schema(implementation = AnalyticsResponses.SpreadsResponse.class)))
    @APIResponse(responseCode = "404", description = "TCG not found")
    @APIResponse(responseCode = "422", description = "limit outside 1–100, min_spread_pct negative")
    public Response spreads(
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("tcg_slug") @Pattern(regexp = GAME) String tcgSlug,
            @QueryParam("min_spread_pct") @DefaultValue("20.0") @DecimalMin("0") double minSpreadPct) {
        List<CrossSourceSpread> found = spreads.spreads(Optional.ofNullable(tcgSlug), minSpreadPct, limit);
        return rendered.json(() -> new AnalyticsResponses.SpreadsResponse(found.stream().map(AnalyticsResponses.SpreadItem::from)
                .toList(), found.size(), limit, 0, minSpreadPct), "spreads", found, limit, minSpreadPct);
    }

    @GET
    @Path("stats")
    @Operation(summary = "Market totals", description = "Cards, price points, sets, games with prices, sources and the end "
            + "of the newest price ingest run, as of the last recompute.")
    @APIResponse(responseCode = "200", description = "Totals",
            content = @Content(schema = @Schema(implementation = AnalyticsResponses.StatsResponse.class)))
    public Response stats() {
        MarketTotals totals = stats.stats();
        return rendered.json(() -> AnalyticsResponses.StatsResponse.from(totals), "stats", totals);
    }

    @GET
    @Path("hot")
    @Operation(summary = "Hot cards", description = "Cards rising over 7 days, weighed by their sales: "
            + "heat = change_7d_pct × (1 + ln(1 + sold comps in 7 days)).")
    @APIResponse(responseCode = "200", description = "Hottest first",
            content = @Content(schema = @Schema(implementation = AnalyticsResponses.ItemsResponse.class)))
    @APIResponse(responseCode = "404", description = "TCG not found")
    @APIResponse(responseCode = "422", description = "limit outside 1–50")
    public Response hot(
            @QueryParam("limit") @DefaultValue("12") @Min(1) @Max(50) int limit,
            @QueryParam("tcg_slug") @Pattern(regexp = GAME) String tcgSlug) {
        List<HotCard> found = hot.hot(Optional.ofNullable(tcgSlug), limit);
        return rendered.json(() -> new AnalyticsResponses.ItemsResponse<>(found.stream().map(AnalyticsResponses.HotItem::from)
                .toList(), found.size(), limit, 0), "hot", found, limit);
    }
}
