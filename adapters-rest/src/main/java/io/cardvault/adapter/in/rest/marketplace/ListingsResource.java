package io.cardvault.adapter.in.rest.marketplace;

import io.cardvault.adapter.in.rest.account.RequestCaller;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.adapter.in.rest.error.ValidationErrorResponse;
import io.cardvault.application.port.in.account.ApiCaller;
import io.cardvault.application.port.in.marketplace.BuyNowCommand;
import io.cardvault.application.port.in.marketplace.BuyNowUseCase;
import io.cardvault.application.port.in.marketplace.GetListingUseCase;
import io.cardvault.application.port.in.marketplace.ListBidsUseCase;
import io.cardvault.application.port.in.marketplace.ListListingsUseCase;
import io.cardvault.application.port.in.marketplace.ListingQuery;
import io.cardvault.application.port.in.marketplace.PlaceBidCommand;
import io.cardvault.application.port.in.marketplace.PlaceBidUseCase;
import io.cardvault.application.port.in.marketplace.PreviewFeesUseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.shared.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/listings}: the public browse (active listings only), one listing, the fee preview, and
 * for a signed-in caller (session or API key) buy-now and bids. A listing's bids are public, with
 * bidders anonymised for everyone but the listing's seller.
 */
@Path("/api/listings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Marketplace")
@APIResponse(responseCode = "422", description = "Bad parameters or body: a list of the fields at fault",
        content = @Content(schema = @Schema(implementation = ValidationErrorResponse.class)))
public class ListingsResource {

    private final ListListingsUseCase list;
    private final GetListingUseCase get;
    private final PreviewFeesUseCase fees;
    private final BuyNowUseCase buyNow;
    private final PlaceBidUseCase placeBid;
    private final ListBidsUseCase bids;

    @Inject
    public ListingsResource(ListListingsUseCase list, GetListingUseCase get, PreviewFeesUseCase fees, BuyNowUseCase buyNow,
                            PlaceBidUseCase placeBid, ListBidsUseCase bids) {
        this.list = list;
        this.get = get;
        this.fees = fees;
        this.buyNow = buyNow;
        this.placeBid = placeBid;
        this.bids = bids;
    }

    /** For CDI's client proxy only. */
    protected ListingsResource() {
        this(null, null, null, null, null, null);
    }

    @GET
    @Operation(summary = "Browse the marketplace", description = "Active, unexpired listings, newest first; optionally of "
            + "one game (tcg_slug), within a euro price range (inclusive) and in one condition (NM, LP, MP, HP, DMG).")
    @APIResponse(responseCode = "200", description = "A page of listings",
            content = @Content(schema = @Schema(implementation = ListingPageResponse.class)))
    public ListingPageResponse browse(@QueryParam("tcg_slug") @Size(max = 64) String tcgSlug,
                                      @QueryParam("min_price") BigDecimal minPrice,
                                      @QueryParam("max_price") BigDecimal maxPrice,
                                      @QueryParam("condition") @Size(max = 32) String condition,
                                      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(ListingQuery.MAX_LIMIT) int limit,
                                      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(Integer.MAX_VALUE) int offset) {
        ListingQuery query = QueryParameters.checked(() -> new ListingQuery(Optional.ofNullable(tcgSlug),
                Optional.ofNullable(minPrice).map(min -> MarketplaceBodies.euros(min, "min_price")),
                Optional.ofNullable(maxPrice).map(max -> MarketplaceBodies.euros(max, "max_price")),
                Optional.ofNullable(condition).map(ListingsResource::condition), limit, offset));
        return ListingPageResponse.from(list.list(query), limit, offset);
    }

    private static CardCondition condition(String text) {
        try {
            return CardCondition.parse(text);
        } catch (io.cardvault.domain.collection.InvalidCollectionDataException refused) {
            throw new io.cardvault.domain.marketplace.InvalidMarketplaceDataException("condition", refused.getMessage());
        }
    }

    @GET
    @Path("/fee-preview")
    @Operation(summary = "What a seller pays and receives", description = "The marketplace fee and, with image_protection, "
            + "the protection fee on a sale at price (EUR), each rounded half-even to cents; seller_payout = price - total_amt.")
    @APIResponse(responseCode = "200", description = "The fees",
            content = @Content(schema = @Schema(implementation = FeePreviewResponse.class)))
    public FeePreviewResponse feePreview(@QueryParam("price") @NotNull BigDecimal price,
                                         @QueryParam("image_protection") @DefaultValue("false") boolean imageProtection) {
        Money amount = QueryParameters.checked(() -> MarketplaceBodies.euros(price, "price"));
        return FeePreviewResponse.from(QueryParameters.checked(() -> fees.preview(amount, imageProtection)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One listing", description = "In whatever status it is (active, sold, expired, withdrawn).")
    @APIResponse(responseCode = "200", description = "The listing",
            content = @Content(schema = @Schema(implementation = ListingResponse.class)))
    @APIResponse(responseCode = "404", description = "No such listing",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public ListingResponse listing(@PathParam("id") long id) {
        return ListingResponse.from(get.get(listingId(id)));
    }

    @POST
    @Path("/{id}/buy-now")
    @Operation(summary = "Buy one copy now", description = "Opens a transaction awaiting payment and answers where to pay "
            + "it; the buyer pays the handling fee on top. 400 buy_now_disabled, self_buy or listing_unavailable (sold, "
            + "expired, withdrawn, or another buyer was first).")
    @APIResponse(responseCode = "200", description = "Bought",
            content = @Content(schema = @Schema(implementation = BuyNowResponse.class)))
    @APIResponse(responseCode = "400", description = "buy_now_disabled, self_buy or listing_unavailable")
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such listing",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public BuyNowResponse buyNow(@PathParam("id") long id,
                                 @Schema(implementation = BuyNowRequest.class) String body,
                                 @Context HttpServletRequest request) {
        AccountId buyer = RequestCaller.requireAccount(request);
        return BuyNowResponse.from(buyNow.buyNow(new BuyNowCommand(buyer, listingId(id), MarketplaceBodies.variantOf(body))));
    }

    @POST
    @Path("/{id}/bids")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Bid on a listing", description = "The listing must accept offers; the seller is told. 400 "
            + "offers_disabled, self_bid or listing_unavailable.")
    @APIResponse(responseCode = "201", description = "The bid, as you see it",
            content = @Content(schema = @Schema(implementation = BidResponse.class)))
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such listing",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Response bid(@PathParam("id") long id, @Valid @NotNull PlaceBidRequest body, @Context HttpServletRequest request) {
        AccountId bidder = RequestCaller.requireAccount(request);
        Money amount = MarketplaceBodies.euros(body.amount(), "amount");
        return Response.status(Response.Status.CREATED).entity(BidResponse.from(placeBid.place(new PlaceBidCommand(bidder,
                listingId(id), amount, Optional.ofNullable(body.message()))))).build();
    }

    @GET
    @Path("/{id}/bids")
    @Operation(summary = "A listing's bids", description = "Newest first. The listing's seller sees usernames; everyone "
            + "else sees bidder-1, bidder-2, … (numbered by first bid).")
    @APIResponse(responseCode = "200", description = "The bids",
            content = @Content(schema = @Schema(implementation = BidListResponse.class)))
    @APIResponse(responseCode = "404", description = "No such listing",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public BidListResponse bids(@PathParam("id") long id,
                                @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(ListingQuery.MAX_LIMIT) int limit,
                                @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(Integer.MAX_VALUE) int offset,
                                @Context HttpServletRequest request) {
        Optional<AccountId> viewer = RequestCaller.session(request)
                .or(() -> RequestCaller.apiKey(request).map(ApiCaller::account));
        return BidListResponse.from(bids.list(viewer, listingId(id)), limit, offset);
    }

    /** Ids are positive; any other number names no listing. */
    static ListingId listingId(long id) {
        if (id < 1) {
            throw new io.cardvault.application.port.in.marketplace.ListingNotFoundException();
        }
        return new ListingId(id);
    }
}
