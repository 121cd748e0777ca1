package io.cardvault.adapter.in.rest.marketplace;

import io.cardvault.adapter.in.rest.account.RequestCaller;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.application.port.in.marketplace.PublishListingUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /seller/listings/{id}/publish}: the owner puts a draft (from a Cardmarket stock import)
 * on sale for 60 days; it is announced as a new listing. Another seller's listing 404; a listing
 * that is not a draft 409 {@code listing_not_active} with its {@code current_status}.
 */
@Path("/seller/listings/{id}/publish")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Marketplace")
public class PublishListingResource {

    private final PublishListingUseCase publish;

    @Inject
    public PublishListingResource(PublishListingUseCase publish) {
        this.publish = publish;
    }

    /** For CDI's client proxy only. */
    protected PublishListingResource() {
        this(null);
    }

    @POST
    @Operation(summary = "Publish a draft listing", description = "Owner only; the draft goes on sale for 60 days.")
    @APIResponse(responseCode = "200", description = "The listing, now active",
            content = @Content(schema = @Schema(implementation = ListingResponse.class)))
    @APIResponse(responseCode = "404", description = "No such listing of yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public ListingResponse publish(@PathParam("id") long id, @Context HttpServletRequest request) {
        return ListingResponse.from(publish.publish(RequestCaller.requireAccount(request), ListingsResource.listingId(id)));
    }
}
