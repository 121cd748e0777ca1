package io.cardvault.adapter.in.rest.marketplace;

import io.cardvault.adapter.in.rest.account.RequestCaller;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.adapter.in.rest.error.ValidationErrorResponse;
import io.cardvault.application.port.in.marketplace.AmendListingCommand;
import io.cardvault.application.port.in.marketplace.AmendListingUseCase;
import io.cardvault.application.port.in.marketplace.CreateListingCommand;
import io.cardvault.application.port.in.marketplace.CreateListingUseCase;
import io.cardvault.application.port.in.marketplace.ListSellerListingsUseCase;
import io.cardvault.application.port.in.marketplace.RenewListingUseCase;
import io.cardvault.application.port.in.marketplace.SellerListingsQuery;
import io.cardvault.application.port.in.marketplace.SetUpSellerCommand;
import io.cardvault.application.port.in.marketplace.SetUpSellerUseCase;
import io.cardvault.application.port.in.marketplace.WithdrawListingUseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.marketplace.InvalidMarketplaceDataException;
import io.cardvault.domain.marketplace.ListingAmendment;
import io.cardvault.domain.marketplace.ListingStatus;
import io.cardvault.domain.marketplace.ListingTerms;
import io.cardvault.domain.price.Grading;
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
 * {@code /seller}: a signed-in caller (session or API key) sets up as a seller, then lists cards and
 * amends, withdraws and renews their own listings. Another seller's listing is 404, as if it did not
 * exist.
 */
@Path("/seller")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Marketplace")
@APIResponse(responseCode = "401", description = "Not signed in",
        content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
@APIResponse(responseCode = "422", description = "Bad parameters or body: a list of the fields at fault",
        content = @Content(schema = @Schema(implementation = ValidationErrorResponse.class)))
public class SellerResource {

    private final SetUpSellerUseCase setUp;
    private final CreateListingUseCase create;
    private final AmendListingUseCase amend;
    private final WithdrawListingUseCase withdraw;
    private final RenewListingUseCase renew;
    private final ListSellerListingsUseCase mine;

    @Inject
    public SellerResource(SetUpSellerUseCase setUp, CreateListingUseCase create, AmendListingUseCase amend,
                          WithdrawListingUseCase withdraw, RenewListingUseCase renew, ListSellerListingsUseCase mine) {
        this.setUp = setUp;
        this.create = create;
        this.amend = amend;
        this.withdraw = withdraw;
        this.renew = renew;
        this.mine = mine;
    }

    /** For CDI's client proxy only. */
    protected SellerResource() {
        this(null, null, null, null, null, null);
    }

    @POST
    @Path("/setup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Become a seller", description = "display_name (at most 60 characters) and country (ISO-2) are "
            + "what buyers see; calling again changes them.")
    @APIResponse(responseCode = "200", description = "Set up",
            content = @Content(schema = @Schema(implementation = SellerProfileResponse.class)))
    public SellerProfileResponse setUp(@Valid @NotNull SellerSetupRequest body, @Context HttpServletRequest request) {
        AccountId account = RequestCaller.requireAccount(request);
        return SellerProfileResponse.from(setUp.setUp(new SetUpSellerCommand(account, body.displayName(), body.country())));
    }

    @POST
    @Path("/listings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "List a card for sale", description = "price in EUR (whole cents), condition NM/LP/MP/HP/DMG, "
            + "quantity 1-9999 (default 1), description at most 2000 characters, up to 10 photos from "
            + "/api/upload/listing-image; accepts_offers defaults to false, buy_now_enabled to true. The listing runs "
            + "60 days. 403 seller_setup_required before POST /seller/setup.")
    @APIResponse(responseCode = "201", description = "Listed",
            content = @Content(schema = @Schema(implementation = ListingResponse.class)))
    @APIResponse(responseCode = "403", description = "seller_setup_required")
    public Response create(@Valid @NotNull CreateListingRequest body, @Context HttpServletRequest request) {
        AccountId seller = RequestCaller.requireAccount(request);
        ListingTerms terms = MarketplaceBodies.terms(body);
        return Response.status(Response.Status.CREATED)
                .entity(ListingResponse.from(create.create(new CreateListingCommand(seller, terms)))).build();
    }

    @GET
    @Path("/listings")
    @Operation(summary = "Your listings", description = "Every listing of yours in every status (active, sold, expired, "
            + "withdrawn, draft), newest first; status narrows to one. The list shape: items, total, limit, offset.")
    @APIResponse(responseCode = "200", description = "A page of your listings",
            content = @Content(schema = @Schema(implementation = ListingPageResponse.class)))
    public ListingPageResponse listings(
            @QueryParam("status") @Size(max = 32)
            @Parameter(description = "active, sold, expired, withdrawn or draft; every status when absent") String status,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(SellerListingsQuery.MAX_LIMIT) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(Integer.MAX_VALUE) int offset,
            @Context HttpServletRequest request) {
        AccountId seller = RequestCaller.requireAccount(request);
        SellerListingsQuery query = QueryParameters.checked(() -> new SellerListingsQuery(seller, status(status), limit,
                offset));
        return ListingPageResponse.from(mine.list(query), limit, offset);
    }

    private static Optional<ListingStatus> status(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(ListingStatus.find(code.strip().toLowerCase(Locale.ROOT)).orElseThrow(() ->
                new InvalidMarketplaceDataException("status", "status is active, sold, expired, withdrawn or draft")));
    }

    @PATCH
    @Path("/listings/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a listing of yours", description = "Any of price, quantity, condition, variant, graded "
            + "with grading_company and grade, description, accepts_offers, buy_now_enabled, image_urls, "
            + "image_protection; null clears variant, description or the slab. Only an active listing changes (409 "
            + "listing_not_active with current_status). An empty body is 422.")
    @APIResponse(responseCode = "200", description = "The listing as it now stands",
            content = @Content(schema = @Schema(implementation = ListingResponse.class)))
    @APIResponse(responseCode = "404", description = "No such listing of yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "409", description = "listing_not_active")
    public ListingResponse amend(@PathParam("id") long id, @NotNull JsonObject body, @Context HttpServletRequest request) {
        AccountId seller = RequestCaller.requireAccount(request);
        return ListingResponse.from(amend.amend(new AmendListingCommand(seller, ListingsResource.listingId(id),
                amendment(body))));
    }

    private static ListingAmendment amendment(JsonObject body) {
        Optional<Optional<Grading>> grading = Optional.empty();
        if (body.containsKey("graded") || body.containsKey("grading_company") || body.containsKey("grade")) {
            Boolean graded = MarketplaceBodies.field(body, "graded").filter(value -> !MarketplaceBodies.isNull(value))
                    .map(value -> MarketplaceBodies.bool(value, "graded")).orElse(null);
            String company = MarketplaceBodies.field(body, "grading_company").filter(value -> !MarketplaceBodies.isNull(value))
                    .map(value -> MarketplaceBodies.text(value, "grading_company")).orElse(null);
            String grade = MarketplaceBodies.field(body, "grade").filter(value -> !MarketplaceBodies.isNull(value))
                    .map(value -> MarketplaceBodies.number(value, "grade").toPlainString()).orElse(null);
            grading = Optional.of(MarketplaceBodies.grading(graded, company, grade));
        }
        return new ListingAmendment(
                clearable(body, "variant"),
                MarketplaceBodies.field(body, "condition").map(value -> MarketplaceBodies.condition(
                        MarketplaceBodies.text(value, "condition"))),
                grading,
                MarketplaceBodies.field(body, "quantity").map(value -> MarketplaceBodies.whole(value, "quantity")),
                MarketplaceBodies.field(body, "price").map(value -> MarketplaceBodies.euros(
                        MarketplaceBodies.number(value, "price"), "price")),
                clearable(body, "description"),
                MarketplaceBodies.field(body, "accepts_offers").map(value -> MarketplaceBodies.bool(value, "accepts_offers")),
                MarketplaceBodies.field(body, "buy_now_enabled").map(value -> MarketplaceBodies.bool(value, "buy_now_enabled")),
                MarketplaceBodies.field(body, "image_urls").map(value -> MarketplaceBodies.texts(value, "image_urls")),
                MarketplaceBodies.field(body, "image_protection").map(value -> MarketplaceBodies.bool(value,
                        "image_protection")));
    }

    /** A text field that {@code null} clears. */
    private static Optional<Optional<String>> clearable(JsonObject body, String field) {
        return MarketplaceBodies.field(body, field).map(value -> MarketplaceBodies.isNull(value) ? Optional.<String>empty()
                : Optional.of(MarketplaceBodies.text(value, field)));
    }

    @DELETE
    @Path("/listings/{id}")
    @Operation(summary = "Withdraw a listing of yours", description = "It leaves the marketplace; its pending bids are "
            + "rejected and their bidders told. A sold or withdrawn listing is 409 listing_not_active.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "404", description = "No such listing of yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "409", description = "listing_not_active")
    public Response withdraw(@PathParam("id") long id, @Context HttpServletRequest request) {
        AccountId seller = RequestCaller.requireAccount(request);
        withdraw.withdraw(seller, ListingsResource.listingId(id));
        return Response.noContent().build();
    }

    @POST
    @Path("/listings/{id}/renew")
    @Operation(summary = "Renew a listing of yours", description = "30 more days from its expiry (or from now when it has "
            + "expired; it is active again); renewal_count grows. A second call within 60 seconds changes nothing and "
            + "answers the same. A sold or withdrawn listing is 409 listing_not_active.")
    @APIResponse(responseCode = "200", description = "Renewed",
            content = @Content(schema = @Schema(implementation = RenewalResponse.class)))
    @APIResponse(responseCode = "404", description = "No such listing of yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public RenewalResponse renew(@PathParam("id") long id, @Context HttpServletRequest request) {
        AccountId seller = RequestCaller.requireAccount(request);
        return RenewalResponse.from(renew.renew(seller, ListingsResource.listingId(id)));
    }
}
