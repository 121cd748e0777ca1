package io.cardvault.adapter.in.rest.price;

import io.cardvault.application.port.in.price.ListMostValuableCardsUseCase;
import io.cardvault.application.port.in.price.ListTrendingCardsUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The most valuable and the trending cards, over the cards' USD best prices; bare arrays, as the
 * spec prints a set's top cards. Shares {@code /api/cards} with the other card resources (literal
 * segments, so no clash with {@code {card_id}}).
 */
@Path("/api/cards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prices")
public class CardRankingsResource {

    private final ListMostValuableCardsUseCase mostValuable;
    private final ListTrendingCardsUseCase trending;

    @Inject
    public CardRankingsResource(ListMostValuableCardsUseCase mostValuable, ListTrendingCardsUseCase trending) {
        this.mostValuable = mostValuable;
        this.trending = trending;
    }

    /** For CDI's client proxy only. */
    protected CardRankingsResource() {
        this(null, null);
    }

    @GET
    @Path("most-valuable")
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
    @Path("trending")
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
