package io.cardvault.adapter.in.rest.deck;

import io.cardvault.adapter.in.rest.account.RequestCaller;
import io.cardvault.adapter.in.rest.error.CurrencyParameter;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.adapter.in.rest.error.ValidationErrorResponse;
import io.cardvault.application.port.in.deck.AddCardToDeckCommand;
import io.cardvault.application.port.in.deck.AddCardToDeckUseCase;
import io.cardvault.application.port.in.deck.CheckDeckLegalityUseCase;
import io.cardvault.application.port.in.deck.CreateDeckCommand;
import io.cardvault.application.port.in.deck.CreateDeckUseCase;
import io.cardvault.application.port.in.deck.DeckNotFoundException;
import io.cardvault.application.port.in.deck.GetDeckUseCase;
import io.cardvault.application.port.in.deck.ImportDeckCommand;
import io.cardvault.application.port.in.deck.ImportDeckUseCase;
import io.cardvault.application.port.in.deck.ListDecksUseCase;
import io.cardvault.application.port.in.deck.ValueDeckUseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.deck.DeckId;
import io.cardvault.domain.deck.DeckSection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /decks}: build, share and value decks. The caller's own decks by session cookie or API key (counted
 * against the key's quota by the admission); a public deck, its legality and value can be read by anyone; a
 * private deck of someone else is not found (404), as is a deck the caller may read but not change.
 */
@Path("/decks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Decks")
@APIResponse(responseCode = "401", description = "Not signed in (routes that need an account)",
        content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
public class DeckResource {

    private final ListDecksUseCase list;
    private final CreateDeckUseCase create;
    private final GetDeckUseCase get;
    private final AddCardToDeckUseCase addCard;
    private final ImportDeckUseCase importDeck;
    private final CheckDeckLegalityUseCase legality;
    private final ValueDeckUseCase value;

    @Inject
    public DeckResource(ListDecksUseCase list, CreateDeckUseCase create, GetDeckUseCase get, AddCardToDeckUseCase addCard,
                        ImportDeckUseCase importDeck, CheckDeckLegalityUseCase legality, ValueDeckUseCase value) {
        this.list = list;
        this.create = create;
        this.get = get;
        this.addCard = addCard;
        this.importDeck = importDeck;
        this.legality = legality;
        this.value = value;
    }

    /** For CDI's client proxy only. */
    protected DeckResource() {
        this(null, null, null, null, null, null, null);
    }

    @GET
    @Operation(summary = "Your decks", description = "Most recently changed first, each with its cards.")
    @APIResponse(responseCode = "200", description = "The decks", content = @Content(schema = @Schema(implementation = DeckListResponse.class)))
    public DeckListResponse decks(@Context HttpServletRequest request) {
        var items = list.decks(RequestCaller.requireAccount(request)).stream().map(DeckResponse::from).toList();
        return new DeckListResponse(items, items.size());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a deck", description = "name and tcg_slug required; format (standard, commander, vintage…) optional; is_public defaults to false.")
    @APIResponse(responseCode = "201", description = "The new, empty deck", content = @Content(schema = @Schema(implementation = DeckResponse.class)))
    @APIResponse(responseCode = "422", description = "Missing name, unknown game or a bad format",
            content = @Content(schema = @Schema(implementation = ValidationErrorResponse.class)))
    public Response create(@Valid @NotNull CreateDeckRequest body, @Context HttpServletRequest request) {
        var deck = create.create(new CreateDeckCommand(RequestCaller.requireAccount(request), body.name(), body.tcgSlug(),
                Optional.ofNullable(body.format()), Boolean.TRUE.equals(body.isPublic())));
        return Response.status(Response.Status.CREATED).entity(DeckResponse.from(deck)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One deck", description = "Its owner's, or anyone's when it is public.")
    @APIResponse(responseCode = "200", description = "The deck", content = @Content(schema = @Schema(implementation = DeckResponse.class)))
    @APIResponse(responseCode = "404", description = "No such deck, or a private deck of someone else",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public DeckResponse deck(@PathParam("id") long id, @Context HttpServletRequest request) {
        return DeckResponse.from(get.deck(deckId(id), reader(request)));
    }

    @POST
    @Path("/{id}/cards")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a card to your deck", description = "card_id required; quantity default 1 (added to the copies"
            + " the section holds); section main (default), sideboard or commander. The card must be of the deck's game.")
    @APIResponse(responseCode = "200", description = "The deck as it is now", content = @Content(schema = @Schema(implementation = DeckResponse.class)))
    @APIResponse(responseCode = "404", description = "No deck of yours with that id",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "422", description = "Unknown card, a card of another game, a bad quantity or section",
            content = @Content(schema = @Schema(implementation = ValidationErrorResponse.class)))
    public DeckResponse addCard(@PathParam("id") long id, @Valid @NotNull AddDeckCardRequest body, @Context HttpServletRequest request) {
        AccountId owner = RequestCaller.requireAccount(request);
        DeckSection section = body.section() == null ? DeckSection.MAIN : DeckSection.fromCode(body.section()).orElseThrow();
        return DeckResponse.from(addCard.add(new AddCardToDeckCommand(owner, deckId(id), new CardId(body.cardId()),
                body.quantity() == null ? 1 : body.quantity(), section)));
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a deck list", description = "One card per line: \"4 Lightning Bolt\", \"4 Lightning Bolt (M10) 146\""
            + " or Pokémon TCG Live's \"4 Pikachu ex SVI 57\", with optional section headers (Deck, Sideboard, Commander, Pokémon: 12…)."
            + " Makes a new deck of the lines that name exactly one card; every other line is listed under unresolved with its"
            + " line number and reason: a name printed in several sets is ambiguous (its printings are listed), never guessed.")
    @APIResponse(responseCode = "201", description = "The new deck and the lines taken and not resolved",
            content = @Content(schema = @Schema(implementation = DeckImportResponse.class)))
    @APIResponse(responseCode = "422", description = "Unknown game, an empty or oversized list",
            content = @Content(schema = @Schema(implementation = ValidationErrorResponse.class)))
    public Response importDeck(@Valid @NotNull ImportDeckRequest body, @Context HttpServletRequest request) {
        var result = importDeck.importDeck(new ImportDeckCommand(RequestCaller.requireAccount(request), body.tcgSlug(),
                Optional.ofNullable(body.name()).filter(name -> !name.isBlank()), Optional.ofNullable(body.format()),
                Boolean.TRUE.equals(body.isPublic()), body.text()));
        return Response.status(Response.Status.CREATED).entity(DeckImportResponse.from(result)).build();
    }

    @GET
    @Path("/{id}/legality")
    @Operation(summary = "Is the deck legal in its format?", description = "Magic: per-card legalities (MTGJSON) and construction"
            + " rules (constructed: 60+ cards, 4 copies, 15-card sideboard; commander: 100 singleton, colour identity). Pokémon"
            + " Standard/Expanded: regulation marks and set dates, 60 cards, 4 copies but basic Energy, one ACE SPEC, one Radiant."
            + " Other games: a generic answer (legal null, status unchecked) that says so.")
    @APIResponse(responseCode = "200", description = "The verdict with every problem", content = @Content(schema = @Schema(implementation = DeckLegalityResponse.class)))
    @APIResponse(responseCode = "404", description = "No such deck, or a private deck of someone else",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public DeckLegalityResponse legality(@PathParam("id") long id, @Context HttpServletRequest request) {
        return DeckLegalityResponse.from(legality.legality(deckId(id), reader(request)));
    }

    @GET
    @Path("/{id}/value")
    @Operation(summary = "What the deck is worth", description = "Total and per card at the newest prices, by the collection's"
            + " valuation rule (near-mint raw copy of the cheapest priced variant); with a signed-in reader's owned copies and"
            + " the cost of the rest.")
    @APIResponse(responseCode = "200", description = "The value", content = @Content(schema = @Schema(implementation = DeckValueResponse.class)))
    @APIResponse(responseCode = "404", description = "No such deck, or a private deck of someone else",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "422", description = "A currency without an exchange rate",
            content = @Content(schema = @Schema(implementation = ValidationErrorResponse.class)))
    public DeckValueResponse value(@PathParam("id") long id,
                                   @QueryParam("currency") @DefaultValue("EUR") @Parameter(description = "ISO 4217 code: EUR (default) or an ECB reference currency") String currency,
                                   @Context HttpServletRequest request) {
        return DeckValueResponse.from(value.value(deckId(id), reader(request), CurrencyParameter.parse("currency", currency)));
    }

    private static DeckId deckId(long id) {
        if (id <= 0) {
            throw new DeckNotFoundException();
        }
        return new DeckId(id);
    }

    /** The signed-in reader, by session or key; anonymous readers see public decks only. */
    private static Optional<AccountId> reader(HttpServletRequest request) {
        return RequestCaller.session(request).or(() -> RequestCaller.apiKey(request).map(caller -> caller.account()));
    }
}
