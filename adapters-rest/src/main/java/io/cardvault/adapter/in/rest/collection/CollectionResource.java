package io.cardvault.adapter.in.rest.collection;

import io.cardvault.adapter.in.rest.account.RequestCaller;
import io.cardvault.adapter.in.rest.error.CurrencyParameter;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.adapter.in.rest.error.ValidationErrorResponse;
import io.cardvault.application.port.in.collection.AddToCollectionCommand;
import io.cardvault.application.port.in.collection.AddToCollectionUseCase;
import io.cardvault.application.port.in.collection.AddedToCollection;
import io.cardvault.application.port.in.collection.AmendCollectionEntryCommand;
import io.cardvault.application.port.in.collection.AmendCollectionEntryUseCase;
import io.cardvault.application.port.in.collection.CollectionEntryNotFoundException;
import io.cardvault.application.port.in.collection.CollectionQuery;
import io.cardvault.application.port.in.collection.ExportCollectionUseCase;
import io.cardvault.application.port.in.collection.GetCollectionSummaryUseCase;
import io.cardvault.application.port.in.collection.GetPortfolioHistoryUseCase;
import io.cardvault.application.port.in.collection.ListCollectionUseCase;
import io.cardvault.application.port.in.collection.RemoveFromCollectionUseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.CollectionEntryId;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.shared.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /collection}: the caller's owned cards, by session cookie or API key (counted against the
 * tier's rate limits by the admission like every user route). Another user's entry is 404, as if it
 * did not exist. Every value is in the {@code currency} asked (EUR by default) under the valuation
 * rule of docs/analytics.md; a card with no price convertible into it has a null value, never zero.
 * {@code POST /collection/import} is the import's own resource.
 */
@Path("/collection")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collection")
@APIResponse(responseCode = "401", description = "Not signed in",
        content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
@APIResponse(responseCode = "422", description = "Bad parameters or body: a list of the fields at fault",
        content = @Content(schema = @Schema(implementation = ValidationErrorResponse.class)))
public class CollectionResource {

    private static final String CURRENCY_HELP = "ISO 4217 code the values are in: EUR (default) or any currency of the "
            + "newest stored ECB reference rates";

    private final ListCollectionUseCase list;
    private final AddToCollectionUseCase add;
    private final AmendCollectionEntryUseCase amend;
    private final RemoveFromCollectionUseCase remove;
    private final GetCollectionSummaryUseCase summary;
    private final ExportCollectionUseCase export;
    private final GetPortfolioHistoryUseCase history;

    @Inject
    public CollectionResource(ListCollectionUseCase list, AddToCollectionUseCase add, AmendCollectionEntryUseCase amend,
                              RemoveFromCollectionUseCase remove, GetCollectionSummaryUseCase summary,
                              ExportCollectionUseCase export, GetPortfolioHistoryUseCase history) {
        this.list = list;
        this.add = add;
        this.amend = amend;
        this.remove = remove;
        this.summary = summary;
        this.export = export;
        this.history = history;
    }

    /** For CDI's client proxy only. */
    protected CollectionResource() {
        this(null, null, null, null, null, null, null);
    }

    @GET
    @Operation(summary = "Your collection", description = "Newest first; each entry with its card, set, game, variant "
            + "word and current value (all copies together, in currency; null when the card has no convertible price).")
    @APIResponse(responseCode = "200", description = "A page of entries and how many the (filtered) collection holds",
            content = @Content(schema = @Schema(implementation = CollectionPageResponse.class)))
    public CollectionPageResponse collection(
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(CollectionQuery.MAX_LIMIT) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(Integer.MAX_VALUE) int offset,
            @QueryParam("tcg_slug") @Size(max = 64) String tcgSlug,
            @QueryParam("currency") @DefaultValue("EUR") @Parameter(description = CURRENCY_HELP) String currency,
            @Context HttpServletRequest request) {
        AccountId owner = RequestCaller.requireAccount(request);
        return CollectionPageResponse.from(list.list(new CollectionQuery(owner, Optional.ofNullable(tcgSlug), limit, offset,
                CurrencyParameter.parse("currency", currency))));
    }

    @POST
    @Path("/add")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a card to your collection", description = "quantity defaults to 1, condition to NM; "
            + "price_paid is in price_paid_currency (USD when absent). Copies of a holding you already have (same card, "
            + "variant, condition and slab) are merged into it: its quantity grows, its price paid stays (merged: true, "
            + "200); otherwise a new entry starts (201).")
    @APIResponse(responseCode = "201", description = "A new entry",
            content = @Content(schema = @Schema(implementation = CollectionAddedResponse.class)))
    @APIResponse(responseCode = "200", description = "Merged into the holding you had",
            content = @Content(schema = @Schema(implementation = CollectionAddedResponse.class)))
    public Response add(@Valid @NotNull AddToCollectionRequest body,
                        @QueryParam("currency") @DefaultValue("EUR") @Parameter(description = CURRENCY_HELP) String currency,
                        @Context HttpServletRequest request) {
        AccountId owner = RequestCaller.requireAccount(request);
        Currency valuedIn = CurrencyParameter.parse("currency", currency);
        Optional<Grading> grading = CollectionBodies.grading(body.graded(), body.gradingCompany(),
                body.grade() == null ? null : body.grade().toPlainString()).flatMap(slab -> slab);
        AddedToCollection added = add.add(new AddToCollectionCommand(owner, new CardId(body.cardId()),
                Optional.ofNullable(body.variant()), body.quantity() == null ? 1 : body.quantity(),
                CollectionBodies.condition(body.condition()),
                CollectionBodies.pricePaid(body.pricePaid(), body.pricePaidCurrency()), grading, valuedIn));
        return Response.status(added.merged() ? Response.Status.OK : Response.Status.CREATED)
                .entity(CollectionAddedResponse.from(added, valuedIn.getCurrencyCode())).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an entry of your collection", description = "Any of quantity, condition, variant, "
            + "price_paid (with price_paid_currency, USD when absent), graded, grading_company, grade; null clears "
            + "variant or price_paid, graded: false removes the slab. An empty body is 422.")
    @APIResponse(responseCode = "200", description = "The entry as it now stands",
            content = @Content(schema = @Schema(implementation = CollectionItemResponse.class)))
    @APIResponse(responseCode = "404", description = "No such entry of yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public CollectionItemResponse amend(@PathParam("id") long id,
                                        @Schema(implementation = CollectionEntryChangesSchema.class) @NotNull JsonObject body,
                                        @QueryParam("currency") @DefaultValue("EUR")
                                        @Parameter(description = CURRENCY_HELP) String currency,
                                        @Context HttpServletRequest request) {
        AccountId owner = RequestCaller.requireAccount(request);
        Currency valuedIn = CurrencyParameter.parse("currency", currency);
        CollectionEntryId entry = entryId(id);
        Optional<String> paidCurrency = CollectionBodies.text(body, "price_paid_currency").flatMap(code -> code);
        Optional<Optional<Money>> pricePaid = CollectionBodies.number(body, "price_paid")
                .map(amount -> amount.flatMap(paid -> CollectionBodies.pricePaid(paid, paidCurrency.orElse(null))));
        Optional<Optional<Grading>> grading = CollectionBodies.grading(CollectionBodies.bool(body, "graded").orElse(null),
                CollectionBodies.text(body, "grading_company").flatMap(text -> text).orElse(null),
                CollectionBodies.number(body, "grade").flatMap(grade -> grade).map(BigDecimal::toPlainString).orElse(null));
        return CollectionItemResponse.from(amend.amend(new AmendCollectionEntryCommand(owner, entry,
                CollectionBodies.integer(body, "quantity"),
                CollectionBodies.text(body, "condition").map(text -> CollectionBodies.condition(text.orElse(""))),
                CollectionBodies.text(body, "variant"), pricePaid, grading, valuedIn)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove an entry from your collection")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such entry of yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Response remove(@PathParam("id") long id, @Context HttpServletRequest request) {
        AccountId owner = RequestCaller.requireAccount(request);
        remove.remove(owner, entryId(id));
        return Response.noContent().build();
    }

    @GET
    @Path("/summary")
    @Operation(summary = "What your collection is worth", description = "total_value, card_count (copies), the 24 h and "
            + "7 d change of the current holdings (valued at the prices of then, against now), by_tcg and top_card, all in "
            + "currency; unvalued_count copies have no convertible price and are left out of every figure.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = CollectionSummaryResponse.class)))
    public CollectionSummaryResponse summary(
            @QueryParam("currency") @DefaultValue("EUR") @Parameter(description = CURRENCY_HELP) String currency,
            @Context HttpServletRequest request) {
        AccountId owner = RequestCaller.requireAccount(request);
        return CollectionSummaryResponse.from(summary.summary(owner, CurrencyParameter.parse("currency", currency)));
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @Operation(summary = "Your collection as CSV", description = "RFC 4180, oldest entry first. Columns: card_id, name, "
            + "set, tcg, quantity, condition, variant, price_paid, current_value, then price_paid_currency, value_currency "
            + "(current_value's), grading_company and grade, so the file imports back. Text cells that a spreadsheet "
            + "would run as a formula start with a single quote.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response exportCsv(
            @QueryParam("currency") @DefaultValue("EUR") @Parameter(description = CURRENCY_HELP) String currency,
            @Context HttpServletRequest request) {
        AccountId owner = RequestCaller.requireAccount(request);
        Currency valuedIn = CurrencyParameter.parse("currency", currency);
        return Response.ok(CollectionCsv.write(export.export(owner, valuedIn), valuedIn.getCurrencyCode()))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"collection.csv\"")
                .build();
    }

    @GET
    @Path("/history")
    @Operation(summary = "Your collection's value per day", description = "CardVault's extension for the portfolio chart: "
            + "what the cards you hold now were worth on each of the last days days (today included), each day at the "
            + "prices stored for it (a price counts for up to 7 days after it), in currency. Cards added later are not "
            + "replayed: the line shows how your holdings' market moved.")
    @APIResponse(responseCode = "200", description = "One point per day, oldest first",
            content = @Content(schema = @Schema(implementation = PortfolioHistoryResponse.class)))
    public PortfolioHistoryResponse history(
            @QueryParam("days") @DefaultValue("30") @Min(1) @Max(GetPortfolioHistoryUseCase.MAX_DAYS) int days,
            @QueryParam("currency") @DefaultValue("EUR") @Parameter(description = CURRENCY_HELP) String currency,
            @Context HttpServletRequest request) {
        AccountId owner = RequestCaller.requireAccount(request);
        return PortfolioHistoryResponse.from(history.history(owner, CurrencyParameter.parse("currency", currency), days));
    }

    /** No entry has an id below 1, so none of the caller's does: 404 as for any id not theirs. */
    private static CollectionEntryId entryId(long id) {
        if (id <= 0) {
            throw new CollectionEntryNotFoundException();
        }
        return new CollectionEntryId(id);
    }
}
