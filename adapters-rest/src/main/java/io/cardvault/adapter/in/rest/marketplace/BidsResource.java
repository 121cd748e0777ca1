package io.cardvault.adapter.in.rest.marketplace;

import io.cardvault.adapter.in.rest.account.RequestCaller;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.application.port.in.marketplace.AcceptBidUseCase;
import io.cardvault.application.port.in.marketplace.BidNotFoundException;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.BidId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/bids/{id}/accept}: the listing's seller accepts a bid, which opens a transaction. */
@Path("/api/bids")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Marketplace")
public class BidsResource {

    private final AcceptBidUseCase accept;

    @Inject
    public BidsResource(AcceptBidUseCase accept) {
        this.accept = accept;
    }

    /** For CDI's client proxy only. */
    protected BidsResource() {
        this(null);
    }

    @POST
    @Path("/{id}/accept")
    @Operation(summary = "Accept a bid on your listing", description = "Opens a transaction at the bid's amount awaiting "
            + "the bidder's payment; the last copy marks the listing sold and rejects the other pending bids. 409 "
            + "bid_not_pending for a settled bid; 400 listing_unavailable when the listing is gone.")
    @APIResponse(responseCode = "201", description = "The transaction, as you (the seller) see it",
            content = @Content(schema = @Schema(implementation = TransactionResponse.class)))
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such bid on a listing of yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Response accept(@PathParam("id") long id, @Context HttpServletRequest request) {
        AccountId seller = RequestCaller.requireAccount(request);
        if (id < 1) {
            throw new BidNotFoundException();
        }
        return Response.status(Response.Status.CREATED)
                .entity(TransactionResponse.from(accept.accept(seller, new BidId(id)))).build();
    }
}
