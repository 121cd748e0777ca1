package io.cardvault.adapter.in.rest.marketplace;

import io.cardvault.adapter.in.rest.account.RequestCaller;
import io.cardvault.application.port.in.marketplace.CreateDraftListingUseCase;
import io.cardvault.application.port.in.marketplace.CreateListingCommand;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /seller/listings/drafts}: the body of {@code POST /seller/listings}, kept as a draft
 * (the scan review's "create listings"): not on sale until {@code POST /seller/listings/{id}/publish}.
 * 403 {@code seller_setup_required} before the seller set-up.
 */
@Path("/seller/listings/drafts")
@RequestScoped
@Tag(name = "Marketplace")
public class DraftListingResource {

    private final CreateDraftListingUseCase draft;

    @Inject
    public DraftListingResource(CreateDraftListingUseCase draft) {
        this.draft = draft;
    }

    /** For CDI's client proxy only. */
    protected DraftListingResource() {
        this(null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Keep a draft listing", description = "The body of POST /seller/listings; the listing is a "
            + "draft, seen by its seller only, until published.")
    @APIResponse(responseCode = "201", description = "The draft",
            content = @Content(schema = @Schema(implementation = ListingResponse.class)))
    @APIResponse(responseCode = "403", description = "seller_setup_required")
    public Response create(@Valid @NotNull CreateListingRequest body, @Context HttpServletRequest request) {
        CreateListingCommand command = new CreateListingCommand(RequestCaller.requireAccount(request), MarketplaceBodies.terms(body));
        return Response.status(Response.Status.CREATED).entity(ListingResponse.from(draft.draft(command))).build();
    }
}
