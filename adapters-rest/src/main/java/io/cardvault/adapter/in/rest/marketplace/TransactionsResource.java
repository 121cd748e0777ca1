package io.cardvault.adapter.in.rest.marketplace;

import io.cardvault.adapter.in.rest.account.RequestCaller;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.adapter.in.rest.error.FieldError;
import io.cardvault.adapter.in.rest.error.InvalidParameterException;
import io.cardvault.adapter.in.rest.error.ValidationErrorResponse;
import io.cardvault.application.port.in.marketplace.ChangeTransactionStatusCommand;
import io.cardvault.application.port.in.marketplace.ChangeTransactionStatusUseCase;
import io.cardvault.application.port.in.marketplace.GetTransactionUseCase;
import io.cardvault.application.port.in.marketplace.ListTransactionsUseCase;
import io.cardvault.application.port.in.marketplace.RateTransactionCommand;
import io.cardvault.application.port.in.marketplace.RateTransactionUseCase;
import io.cardvault.application.port.in.marketplace.ShipTransactionCommand;
import io.cardvault.application.port.in.marketplace.ShipTransactionUseCase;
import io.cardvault.application.port.in.marketplace.TransactionNotFoundException;
import io.cardvault.application.port.in.marketplace.TransactionQuery;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.InvalidMarketplaceDataException;
import io.cardvault.domain.marketplace.Shipment;
import io.cardvault.domain.marketplace.TransactionId;
import io.cardvault.domain.marketplace.TransactionParty;
import io.cardvault.domain.marketplace.TransactionStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/transactions}: the caller's purchases and sales and their moves through the state
 * machine (README "Marketplace"). Only the buyer and the seller see a transaction; anyone else gets
 * 404. A move the machine refuses is 409 with the code and {@code current_status}.
 */
@Path("/api/transactions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Marketplace")
@APIResponse(responseCode = "401", description = "Not signed in",
        content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
@APIResponse(responseCode = "422", description = "Bad parameters or body: a list of the fields at fault",
        content = @Content(schema = @Schema(implementation = ValidationErrorResponse.class)))
public class TransactionsResource {

    private final ListTransactionsUseCase list;
    private final GetTransactionUseCase get;
    private final ChangeTransactionStatusUseCase change;
    private final ShipTransactionUseCase ship;
    private final RateTransactionUseCase rate;

    @Inject
    public TransactionsResource(ListTransactionsUseCase list, GetTransactionUseCase get,
                                ChangeTransactionStatusUseCase change, ShipTransactionUseCase ship,
                                RateTransactionUseCase rate) {
        this.list = list;
        this.get = get;
        this.change = change;
        this.ship = ship;
        this.rate = rate;
    }

    /** For CDI's client proxy only. */
    protected TransactionsResource() {
        this(null, null, null, null, null);
    }

    @GET
    @Operation(summary = "Your transactions", description = "Purchases and sales, newest first; role=buyer or role=seller "
            + "narrows to one side. Each with its timeline and the next actions you may take.")
    @APIResponse(responseCode = "200", description = "A page of transactions",
            content = @Content(schema = @Schema(implementation = TransactionPageResponse.class)))
    public TransactionPageResponse transactions(
            @QueryParam("role") @Parameter(description = "buyer or seller; both when absent") String role,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(TransactionQuery.MAX_LIMIT) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(Integer.MAX_VALUE) int offset,
            @Context HttpServletRequest request) {
        AccountId party = RequestCaller.requireAccount(request);
        return TransactionPageResponse.from(list.list(new TransactionQuery(party, role(role), limit, offset)), limit, offset);
    }

    private static Optional<TransactionParty> role(String role) {
        if (role == null || role.isBlank()) {
            return Optional.empty();
        }
        return switch (role.strip().toLowerCase(Locale.ROOT)) {
            case "buyer" -> Optional.of(TransactionParty.BUYER);
            case "seller" -> Optional.of(TransactionParty.SELLER);
            default -> throw new InvalidParameterException(new FieldError(List.of("query", "role"),
                    "role is buyer or seller", "value_error"));
        };
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of your transactions")
    @APIResponse(responseCode = "200", description = "The transaction",
            content = @Content(schema = @Schema(implementation = TransactionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such transaction of yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public TransactionResponse transaction(@PathParam("id") long id, @Context HttpServletRequest request) {
        AccountId party = RequestCaller.requireAccount(request);
        return TransactionResponse.from(get.get(party, transactionId(id)));
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a transaction", description = "The buyer pays (paid), confirms delivery (delivered) and "
            + "completes (completed); either party cancels an unpaid order, the seller a paid one; either disputes a "
            + "paid, shipped or delivered one. shipped goes through /shipping. 409 illegal_transition, not_your_move or "
            + "shipping_details_required, with current_status.")
    @APIResponse(responseCode = "200", description = "The transaction after the move",
            content = @Content(schema = @Schema(implementation = TransactionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such transaction of yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "409", description = "The state machine refuses the move")
    public TransactionResponse status(@PathParam("id") long id, @Valid @NotNull ChangeStatusRequest body,
                                      @Context HttpServletRequest request) {
        AccountId party = RequestCaller.requireAccount(request);
        TransactionStatus next = TransactionStatus.find(body.status().strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new InvalidMarketplaceDataException("status", "status is one of awaiting_payment, paid, "
                        + "shipped, delivered, completed, cancelled, disputed"));
        return TransactionResponse.from(change.change(new ChangeTransactionStatusCommand(party, transactionId(id), next)));
    }

    @POST
    @Path("/{id}/shipping")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ship a paid transaction", description = "The seller names the carrier and tracking number; the "
            + "buyer is told both. 409 as for /status.")
    @APIResponse(responseCode = "200", description = "The transaction, shipped",
            content = @Content(schema = @Schema(implementation = TransactionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such transaction of yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "409", description = "The state machine refuses the move")
    public TransactionResponse shipping(@PathParam("id") long id, @Valid @NotNull ShippingRequest body,
                                        @Context HttpServletRequest request) {
        AccountId party = RequestCaller.requireAccount(request);
        return TransactionResponse.from(ship.ship(new ShipTransactionCommand(party, transactionId(id),
                new Shipment(body.carrier(), body.trackingNumber()))));
    }

    @POST
    @Path("/{id}/rate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate the other party", description = "1-5 and a review of at most 1000 characters, once per "
            + "party (409 already_rated), once the card has arrived (409 rating_not_open before).")
    @APIResponse(responseCode = "201", description = "Rated",
            content = @Content(schema = @Schema(implementation = RatingResponse.class)))
    @APIResponse(responseCode = "404", description = "No such transaction of yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "409", description = "already_rated or rating_not_open")
    public Response rate(@PathParam("id") long id, @Valid @NotNull RateRequest body, @Context HttpServletRequest request) {
        AccountId rater = RequestCaller.requireAccount(request);
        return Response.status(Response.Status.CREATED).entity(RatingResponse.from(rate.rate(new RateTransactionCommand(
                rater, transactionId(id), body.rating(), Optional.ofNullable(body.review()))))).build();
    }

    private static TransactionId transactionId(long id) {
        if (id < 1) {
            throw new TransactionNotFoundException();
        }
        return new TransactionId(id);
    }
}
