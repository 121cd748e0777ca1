package io.cardvault.adapter.in.rest.price;

import io.cardvault.application.port.in.catalogue.CatalogueIds;
import io.cardvault.application.port.in.price.GetSetPriceStatsUseCase;
import io.cardvault.application.port.in.price.ListTopSetCardsUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

/** A set's price figures and its most valuable cards, over the cards' USD best prices. */
@Path("/api/sets/{set_id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prices")
public class SetPricesResource {

    private final GetSetPriceStatsUseCase setStats;
    private final ListTopSetCardsUseCase topCards;

    @Inject
    public SetPricesResource(GetSetPriceStatsUseCase setStats, ListTopSetCardsUseCase topCards) {
        this.setStats = setStats;
        this.topCards = topCards;
    }

    /** For CDI's client proxy only. */
    protected SetPricesResource() {
        this(null, null);
    }

    @GET
    @Path("stats")
    @Operation(summary = "A set's price figures", description = "card_count is the set's cards; min/max/avg/total "
            + "over the USD best prices of its priced cards (null when none is priced).")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = PriceResponses.SetStatsResponse.class)))
    @APIResponse(responseCode = "404", description = "Set not found")
    public PriceResponses.SetStatsResponse setStats(@PathParam("set_id") long setId) {
        return PriceResponses.SetStatsResponse.from(setStats.setStats(CatalogueIds.set(setId)));
    }

    @GET
    @Path("top-cards")
    @Operation(summary = "A set's most valuable cards (USD best price)")
    @APIResponse(responseCode = "200", description = "Cards, highest first")
    @APIResponse(responseCode = "404", description = "Set not found")
    @APIResponse(responseCode = "422", description = "limit out of 1-50")
    public List<PriceResponses.RankedCard> topCards(@PathParam("set_id") long setId,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(ListTopSetCardsUseCase.MAX_LIMIT) int limit) {
        return topCards.topCards(CatalogueIds.set(setId), limit).stream().map(PriceResponses.RankedCard::from).toList();
    }
}
