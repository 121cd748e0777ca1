package io.cardvault.adapter.in.rest.catalogue;

import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.application.port.in.catalogue.CatalogueIds;
import io.cardvault.application.port.in.catalogue.GetSealedProductUseCase;
import io.cardvault.application.port.in.catalogue.GetSetUseCase;
import io.cardvault.application.port.in.catalogue.ListCardsUseCase;
import io.cardvault.application.port.in.price.GetPricedCardUseCase;
import io.cardvault.application.port.in.price.GetSealedPriceHistoryUseCase;
import io.cardvault.application.port.in.catalogue.ListGameSetsUseCase;
import io.cardvault.application.port.in.catalogue.ListSealedProductsUseCase;
import io.cardvault.domain.catalogue.CardCriteria;
import io.cardvault.domain.catalogue.Window;
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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The legacy catalogue under a game's slug: {@code /{tcg_slug}/sets}, {@code /cards},
 * {@code /sealed}. The slug pattern leaves out the first segments of every other route
 * ({@code api}, {@code tcgs}, {@code health}, …), and JAX-RS prefers the more literal paths anyway,
 * so this never swallows them (the look-ahead ends at the segment: the runtime matches the whole
 * path, so {@code $} would mean its end); a slug of no game is 404 "TCG not found".
 */
@Path("/{tcg_slug: (?!(?:api|tcgs|health|openapi|metrics|ws|v1|auth|account|collection|wishlist|alerts|decks|me|users"
        + "|seller|listings|verify|scan-pwa|forum|static|en|nl)(?![a-z0-9-]))[a-z0-9][a-z0-9-]{0,31}}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Legacy catalogue")
public class LegacyCatalogueResource {

    private final ListGameSetsUseCase listGameSets;
    private final GetSetUseCase getSet;
    private final ListCardsUseCase listCards;
    private final GetPricedCardUseCase pricedCard;
    private final ListSealedProductsUseCase listSealed;
    private final GetSealedProductUseCase getSealed;
    private final GetSealedPriceHistoryUseCase sealedHistory;

    @Inject
    public LegacyCatalogueResource(ListGameSetsUseCase listGameSets, GetSetUseCase getSet, ListCardsUseCase listCards,
                                   GetPricedCardUseCase pricedCard, ListSealedProductsUseCase listSealed,
                                   GetSealedProductUseCase getSealed, GetSealedPriceHistoryUseCase sealedHistory) {
        this.listGameSets = listGameSets;
        this.getSet = getSet;
        this.listCards = listCards;
        this.pricedCard = pricedCard;
        this.listSealed = listSealed;
        this.getSealed = getSealed;
        this.sealedHistory = sealedHistory;
    }

    /** For CDI's client proxy only. */
    protected LegacyCatalogueResource() {
        this(null, null, null, null, null, null, null);
    }

    @GET
    @Path("sets")
    @Operation(summary = "Sets of a TCG", description = "Oldest release first; undated sets last.")
    @APIResponse(responseCode = "200", description = "A page of sets",
            content = @Content(schema = @Schema(implementation = LegacyResponses.Page.class)))
    @APIResponse(responseCode = "404", description = "TCG not found")
    @APIResponse(responseCode = "422", description = "limit or offset out of range")
    public LegacyResponses.Page<LegacyResponses.SetItem> sets(
            @PathParam("tcg_slug") String tcgSlug,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) long offset) {
        return LegacyResponses.Page.from(listGameSets.sets(tcgSlug, new Window(offset, limit)).sets(),
                LegacyResponses.SetItem::from, limit, offset);
    }

    @GET
    @Path("sets/{set_id}")
    @Operation(summary = "One set of a TCG")
    @APIResponse(responseCode = "200", description = "The set",
            content = @Content(schema = @Schema(implementation = LegacyResponses.SetItem.class)))
    @APIResponse(responseCode = "404", description = "TCG not found, or Set not found (also when the set is another TCG's)")
    public LegacyResponses.SetItem set(@PathParam("tcg_slug") String tcgSlug, @PathParam("set_id") long setId) {
        return LegacyResponses.SetItem.from(getSet.setOfGame(tcgSlug, CatalogueIds.set(setId)));
    }

    @GET
    @Path("cards")
    @Operation(summary = "Cards of a TCG", description = "Filtered by set, rarity (exact) and name (substring in any "
            + "language, case and accents ignored). Collector-number order within a set, else catalogue order.")
    @APIResponse(responseCode = "200", description = "A page of cards",
            content = @Content(schema = @Schema(implementation = LegacyResponses.Page.class)))
    @APIResponse(responseCode = "404", description = "TCG not found")
    @APIResponse(responseCode = "422", description = "limit or offset out of range")
    public LegacyResponses.Page<LegacyResponses.CardItem> cards(
            @PathParam("tcg_slug") String tcgSlug,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) long offset,
            @QueryParam("set_id") Long setId,
            @QueryParam("rarity") @Size(max = 64) String rarity,
            @QueryParam("name") @Size(max = 255) String name) {
        return LegacyResponses.Page.from(listCards.cards(new CardCriteria(tcgSlug, setId, name, null, rarity),
                new Window(offset, limit)), LegacyResponses.CardItem::from, limit, offset);
    }

    @GET
    @Path("cards/{card_id}")
    @Operation(summary = "One card of a TCG, with its prices")
    @APIResponse(responseCode = "200", description = "The card",
            content = @Content(schema = @Schema(implementation = LegacyResponses.CardDetail.class)))
    @APIResponse(responseCode = "404", description = "TCG not found, or Card not found (also when it is another TCG's)")
    public LegacyResponses.CardDetail card(@PathParam("tcg_slug") String tcgSlug, @PathParam("card_id") long cardId) {
        return LegacyResponses.CardDetail.from(pricedCard.pricedCardOfGame(tcgSlug, CatalogueIds.card(cardId)));
    }

    @GET
    @Path("sealed")
    @Operation(summary = "Sealed products of a TCG", description = "Booster boxes, ETBs, bundles; by id.")
    @APIResponse(responseCode = "200", description = "A page of sealed products",
            content = @Content(schema = @Schema(implementation = LegacyResponses.Page.class)))
    @APIResponse(responseCode = "404", description = "TCG not found")
    @APIResponse(responseCode = "422", description = "limit, offset or set_id out of range")
    public LegacyResponses.Page<LegacyResponses.SealedItem> sealed(
            @PathParam("tcg_slug") String tcgSlug,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) long offset,
            @QueryParam("set_id") @Min(1) Long setId) {
        return LegacyResponses.Page.from(listSealed.sealedProducts(tcgSlug, Optional.ofNullable(setId).map(CardSetId::new),
                new Window(offset, limit)), LegacyResponses.SealedItem::from, limit, offset);
    }

    @GET
    @Path("sealed/{id}")
    @Operation(summary = "One sealed product of a TCG")
    @APIResponse(responseCode = "200", description = "The product",
            content = @Content(schema = @Schema(implementation = LegacyResponses.SealedItem.class)))
    @APIResponse(responseCode = "404", description = "TCG not found, or Sealed product not found")
    public LegacyResponses.SealedItem sealedProduct(@PathParam("tcg_slug") String tcgSlug, @PathParam("id") long id) {
        return LegacyResponses.SealedItem.from(getSealed.sealedProduct(tcgSlug, id));
    }

    @GET
    @Path("sealed/{id}/history")
    @Operation(summary = "A sealed product's daily market values", description = "Per source, by day, over the last "
            + "days (1-3650, default 90).")
    @APIResponse(responseCode = "200", description = "The history",
            content = @Content(schema = @Schema(implementation = LegacyResponses.SealedHistoryResponse.class)))
    @APIResponse(responseCode = "404", description = "TCG not found, or Sealed product not found")
    @APIResponse(responseCode = "422", description = "days out of range")
    public LegacyResponses.SealedHistoryResponse sealedHistory(@PathParam("tcg_slug") String tcgSlug, @PathParam("id") long id,
            @QueryParam("days") @DefaultValue("90") @Min(1) @Max(GetSealedPriceHistoryUseCase.MAX_DAYS) int days) {
        return LegacyResponses.SealedHistoryResponse.from(sealedHistory.history(tcgSlug, id, days), days);
    }
}
