package io.cardvault.adapter.in.rest.price;

import io.cardvault.application.port.in.price.GetSetPriceStatsUseCase;
import io.cardvault.application.port.in.price.ListMostValuableCardsUseCase;
import io.cardvault.application.port.in.price.ListTopSetCardsUseCase;
import io.cardvault.application.port.in.price.ListTrendingCardsUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Rankings over the cards' USD best prices: a set's stats and top cards, the most valuable cards and
 * the trending ones. Bare arrays, as the spec prints top-cards.
 */
@Path("/api")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prices")
public class MarketRankingsResource {

    private final GetSetPriceStatsUseCase setStats;
    private final ListTopSetCardsUseCase topCards;
    private final ListMostValuableCardsUseCase mostValuable;
    private final ListTrendingCardsUseCase trending;

    @Inject
    public MarketRankingsResource(GetSetPriceStatsUseCase setStats, ListTopSetCardsUseCase topCards,
                                  ListMostValuableCardsUseCase mostValuable, ListTrendingCardsUseCase trending) {
        this.setStats = setStats;
        this.topCards = topCards;
        this.mostValuable = mostValuable;
        this.trending = trending;
    }

    /** For CDI's client proxy only. */
    protected MarketRankingsResource() {
        this(null, null, null, null);
    }

    @GET
    @Path("sets/{set_id}/stats")
    @Operation(summary = "A set's price figures", description = "card_count is the set's cards; min/max/avg/total "
            + "over the USD best prices of its priced cards (null when none is priced).")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = PriceResponses.SetStatsResponse.class)))
    @APIResponse(responseCode = "404", description = "Set not found")
    public PriceResponses.SetStatsResponse setStats(@PathParam("set_id") long setId) {
        return PriceResponses.SetStatsResponse.from(setStats.setStats(setId));
    }

    @GET
    @Path("sets/{set_id}/top-cards")
    @Operation(summary = "A set's most valuable cards (USD best price)")
    @APIResponse(responseCode = "200", description = "Cards, highest first")
    @APIResponse(responseCode = "404", description = "Set not found")
    @APIResponse(responseCode = "422", description = "limit out of 1-50")
    public List<PriceResponses.RankedCard> topCards(@PathParam("set_id") long setId,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(ListTopSetCardsUseCase.MAX_LIMIT) int limit) {
        return topCards.topCards(setId, limit).stream().map(PriceResponses.RankedCard::from).toList();
    }

    @GET
    @Path("cards/most-valuable")
    @Operation(summary = "The most valuable cards (USD best price)")
    @APIResponse(responseCode = "200", description = "Cards, highest first")
    @APIResponse(responseCode = "404", description = "TCG not found")
    @APIResponse(responseCode = "422", description = "limit out of 1-100")
    public List<PriceResponses.RankedCard> mostValuable(
            @QueryParam("limit") @DefaultValue("25") @Min(1) @Max(ListMostValuableCardsUseCase.MAX_LIMIT) int limit,
            @QueryParam("tcg_slug") @Size(max = 32) String tcgSlug) {
        return mostValuable.mostValuable(PriceParams.text(tcgSlug), limit).stream().map(PriceResponses.RankedCard::from).toList();
    }

    @GET
    @Path("cards/trending")
    @Operation(summary = "Trending cards", description = "Largest absolute 7-day change of the USD best price among "
            + "cards worth at least $1.00, biggest move first.")
    @APIResponse(responseCode = "200", description = "Cards, biggest move first")
    @APIResponse(responseCode = "404", description = "TCG not found")
    @APIResponse(responseCode = "422", description = "limit out of 1-100")
    public List<PriceResponses.TrendingCard> trending(
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(ListTrendingCardsUseCase.MAX_LIMIT) int limit,
            @QueryParam("tcg_slug") @Size(max = 32) String tcgSlug) {
        return trending.trending(PriceParams.text(tcgSlug), limit).stream().map(PriceResponses.TrendingCard::from).toList();
    }
}
