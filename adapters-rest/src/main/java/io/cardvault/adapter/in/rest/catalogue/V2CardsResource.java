package io.cardvault.adapter.in.rest.catalogue;

import io.cardvault.application.port.in.catalogue.CatalogueIds;
import io.cardvault.adapter.in.rest.error.FieldError;
import io.cardvault.adapter.in.rest.error.InvalidParameterException;
import io.cardvault.application.port.in.catalogue.ResolveCardsUseCase;
import io.cardvault.application.port.in.price.GetRegionHistoryUseCase;
import io.cardvault.application.port.in.price.RegionHistoryQuery;
import io.cardvault.domain.price.Region;
import java.util.List;
import java.util.Optional;
import io.cardvault.domain.catalogue.CardCriteria;
import jakarta.enterprise.context.ApplicationScoped;
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

/**
 * {@code GET /api/v2/cards} (resolver), {@code GET /api/v2/cards/{card_id}} (the flagship detail
 * with each variant's latest prices) and {@code GET /api/v2/cards/{card_id}/history}.
 */
@Path("/api/v2/cards")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data API v2")
public class V2CardsResource {

    private final ResolveCardsUseCase resolveCards;
    private final GetRegionHistoryUseCase history;
    private final CardDetailCache details;

    @Inject
    public V2CardsResource(ResolveCardsUseCase resolveCards, GetRegionHistoryUseCase history,
                           CardDetailCache details) {
        this.resolveCards = resolveCards;
        this.history = history;
        this.details = details;
    }

    /** For CDI's client proxy only. */
    protected V2CardsResource() {
        this.resolveCards = null;
        this.history = null;
        this.details = null;
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
            description = "Each variant's latest price per (source, price_type, grading_company, grade), grouped eu/us/graded; "
                    + "outliers and dealer quotes excluded; a region without rows is an empty array.")
    @APIResponse(responseCode = "200", description = "The card",
            content = @Content(schema = @Schema(implementation = V2Responses.CardResponse.class)))
    @APIResponse(responseCode = "404", description = "Card not found")
    @APIResponse(responseCode = "503", description = "csm_data_unavailable")
    public Response card(@PathParam("card_id") long cardId) {
        return V2Caching.cachedJson(details.detail(cardId));
    }

    @GET
    @Path("{card_id}/history")
    @Operation(summary = "A variant's price history in one region", description = "One point per (date, source, "
            + "price_type), sorted by date then price_type; raw series only (graded rows are in the detail), outliers "
            + "never returned. variant_id defaults to the card's first variant.")
    @APIResponse(responseCode = "200", description = "The points",
            content = @Content(schema = @Schema(implementation = V2Responses.HistoryResponse.class)))
    @APIResponse(responseCode = "404", description = "Card not found, or Variant not found (not the card's)")
    @APIResponse(responseCode = "422", description = "region not eu/us/jp/global, days out of 1-3650")
    @APIResponse(responseCode = "503", description = "csm_data_unavailable")
    public Response history(@PathParam("card_id") long cardId,
                            @Parameter(description = "a variant of the card; default its first")
                            @QueryParam("variant_id") @Min(1) Long variantId,
                            @Parameter(description = "eu, us, jp or global")
                            @QueryParam("region") @DefaultValue("eu") @Size(max = 8) String region,
                            @QueryParam("days") @DefaultValue("90") @Min(1) @Max(RegionHistoryQuery.MAX_DAYS) int days) {
        Region chosen = Region.find(region).orElseThrow(() -> new InvalidParameterException(
                new FieldError(List.of("query", "region"),
                        "value is not a valid enumeration member; permitted: 'eu', 'us', 'jp', 'global'", "type_error.enum")));
        return V2Caching.cached(V2Responses.HistoryResponse.from(
                history.history(new RegionHistoryQuery(CatalogueIds.card(cardId), Optional.ofNullable(variantId), chosen, days))));
    }
}
