package io.cardvault.adapter.in.rest.catalogue;

import io.cardvault.application.port.in.catalogue.GetCardUseCase;
import io.cardvault.application.port.in.catalogue.ResolveCardsUseCase;
import io.cardvault.domain.catalogue.CardCriteria;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v2/cards} (resolver) and {@code GET /api/v2/cards/{card_id}} (the flagship detail). */
@Path("/api/v2/cards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data API v2")
public class V2CardsResource {

    private final ResolveCardsUseCase resolveCards;
    private final GetCardUseCase getCard;

    @Inject
    public V2CardsResource(ResolveCardsUseCase resolveCards, GetCardUseCase getCard) {
        this.resolveCards = resolveCards;
        this.getCard = getCard;
    }

    /** For CDI's client proxy only. */
    protected V2CardsResource() {
        this.resolveCards = null;
        this.getCard = null;
    }

    @GET
    @Operation(summary = "Resolve card ids", description = "At least one of game, name, number. Name is a substring of "
            + "the card's name in any language, case and accents ignored; number is exact (\"4/102\") or a bare local "
            + "id (\"4\"). Oldest set first, then collector-number order.")
    @APIResponse(responseCode = "200", description = "Matching cards",
            content = @Content(schema = @Schema(implementation = V2Responses.ResolvedCardsResponse.class)))
    @APIResponse(responseCode = "400", description = "No filter given")
    @APIResponse(responseCode = "422", description = "limit out of range")
    public Response resolve(@Parameter(description = "game slug, e.g. pokemon") @QueryParam("game") @Size(max = 32) String game,
                            @Parameter(description = "name substring") @QueryParam("name") @Size(max = 255) String name,
                            @Parameter(description = "collector number, e.g. 4/102") @QueryParam("number") @Size(max = 48) String number,
                            @QueryParam("limit") @DefaultValue("25") @Min(1) @Max(100) int limit) {
        return V2Caching.cached(V2Responses.ResolvedCardsResponse.from(
                resolveCards.resolve(new CardCriteria(game, null, name, number, null), limit)));
    }

    @GET
    @Path("{card_id}")
    @Operation(summary = "A card with cross references, printings and variants",
            description = "Prices are grouped eu/us/graded per variant; empty arrays until price points are stored.")
    @APIResponse(responseCode = "200", description = "The card",
            content = @Content(schema = @Schema(implementation = V2Responses.CardResponse.class)))
    @APIResponse(responseCode = "404", description = "Card not found")
    public Response card(@PathParam("card_id") long cardId) {
        return V2Caching.cached(V2Responses.CardResponse.from(getCard.card(cardId)));
    }
}
