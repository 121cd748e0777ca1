package io.cardvault.adapter.in.rest.catalogue;

import io.cardvault.application.port.in.catalogue.CatalogueIds;
import io.cardvault.application.port.in.catalogue.BuyLinks;
import io.cardvault.application.port.in.catalogue.EvolutionChain;
import io.cardvault.application.port.in.catalogue.GetBuyLinksUseCase;
import io.cardvault.application.port.in.catalogue.GetEvolutionChainUseCase;
import io.cardvault.application.port.in.catalogue.ListRecentCardsUseCase;
import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.catalogue.Slice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Legacy card helpers under {@code /api/cards}: recent cards, evolution chain, buy links. */
@Path("/api/cards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Legacy catalogue")
public class CardToolsResource {

    /** "Recent" without a date means the last 30 days, as the contract says. */
    static final int DEFAULT_RECENT_DAYS = 30;

    private final ListRecentCardsUseCase recentCards;
    private final GetEvolutionChainUseCase evolution;
    private final GetBuyLinksUseCase buyLinks;

    @Inject
    public CardToolsResource(ListRecentCardsUseCase recentCards, GetEvolutionChainUseCase evolution,
                             GetBuyLinksUseCase buyLinks) {
        this.recentCards = recentCards;
        this.evolution = evolution;
        this.buyLinks = buyLinks;
    }

    /** For CDI's client proxy only. */
    protected CardToolsResource() {
        this(null, null, null);
    }

    @GET
    @Path("recent")
    @Operation(summary = "Cards of recently released sets", description = "Sets released on or after since "
            + "(default 30 days ago), newest set first, then collector-number order.")
    @APIResponse(responseCode = "200", description = "Recent cards",
            content = @Content(schema = @Schema(implementation = LegacyResponses.RecentResponse.class)))
    @APIResponse(responseCode = "404", description = "TCG not found")
    @APIResponse(responseCode = "422", description = "since not a date, limit out of range")
    public LegacyResponses.RecentResponse recent(
            @Parameter(description = "YYYY-MM-DD") @QueryParam("since") LocalDate since,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("tcg_slug") String tcgSlug) {
        LocalDate from = since != null ? since : LocalDate.now(Clock.systemUTC()).minusDays(DEFAULT_RECENT_DAYS);
        Slice<CardOverview> cards = recentCards.recent(from, limit,
                Optional.ofNullable(tcgSlug).filter(slug -> !slug.isBlank()));
        return new LegacyResponses.RecentResponse(cards.items().stream().map(LegacyResponses.RecentCard::from).toList(),
                cards.total(), limit, from.toString());
    }

    @GET
    @Path("{id}/evolution")
    @Operation(summary = "Evolution chain of a card", description = "Earliest stage first, the card included; each "
            + "stage names the card of that name from the same set, else from the set released nearest to it.")
    @APIResponse(responseCode = "200", description = "The chain",
            content = @Content(schema = @Schema(implementation = LegacyResponses.EvolutionResponse.class)))
    @APIResponse(responseCode = "404", description = "Card not found")
    public LegacyResponses.EvolutionResponse evolution(@PathParam("id") long cardId) {
        EvolutionChain chain = evolution.chain(CatalogueIds.card(cardId));
        return new LegacyResponses.EvolutionResponse(chain.cardId().value(), chain.chain().stream()
                .map(stage -> new LegacyResponses.EvolutionStageItem(stage.stage(), stage.name(), stage.cardId().value())).toList());
    }

    @GET
    @Path("{id}/buy-links")
    @Operation(summary = "Marketplace links for a card", description = "cardmarket_url and tcgplayer_url are null when "
            + "the card has no id on that marketplace; ebay_url is a search and always present.")
    @APIResponse(responseCode = "200", description = "The links",
            content = @Content(schema = @Schema(implementation = LegacyResponses.BuyLinksResponse.class)))
    @APIResponse(responseCode = "404", description = "Card not found")
    @APIResponse(responseCode = "422", description = "variant not a variant name")
    public LegacyResponses.BuyLinksResponse buyLinks(
            @PathParam("id") long cardId,
            @Parameter(description = "normal | holo | reverse_holo | 1st_edition_holo | shadowless_holo | …")
            @QueryParam("variant") @DefaultValue("normal") @Pattern(regexp = "[A-Za-z0-9_]{1,40}") String variant) {
        BuyLinks links = buyLinks.links(CatalogueIds.card(cardId), variant);
        return new LegacyResponses.BuyLinksResponse(links.cardId().value(), links.variant(), links.cardmarketUrl(),
                links.tcgplayerUrl(), links.ebayUrl());
    }
}
