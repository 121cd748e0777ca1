package io.cardvault.adapter.in.rest.collection;

import io.cardvault.adapter.in.rest.account.RequestCaller;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.adapter.in.rest.error.ValidationErrorResponse;
import io.cardvault.application.port.in.collection.AddToWishlistCommand;
import io.cardvault.application.port.in.collection.AddToWishlistUseCase;
import io.cardvault.application.port.in.collection.ListWishlistUseCase;
import io.cardvault.application.port.in.collection.RemoveFromWishlistUseCase;
import io.cardvault.application.port.in.collection.WishlistEntryNotFoundException;
import io.cardvault.domain.catalogue.CardId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /wishlist}: the cards the caller wants, by session cookie or API key (counted against the
 * key's quota by the admission). A wish is per card: adding a card again changes its max price.
 */
@Path("/wishlist")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Wishlist")
@APIResponse(responseCode = "401", description = "Not signed in",
        content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
public class WishlistResource {

    private final ListWishlistUseCase list;
    private final AddToWishlistUseCase add;
    private final RemoveFromWishlistUseCase remove;

    @Inject
    public WishlistResource(ListWishlistUseCase list, AddToWishlistUseCase add, RemoveFromWishlistUseCase remove) {
        this.list = list;
        this.add = add;
        this.remove = remove;
    }

    /** For CDI's client proxy only. */
    protected WishlistResource() {
        this(null, null, null);
    }

    @GET
    @Operation(summary = "Your wishlist",
            description = "Newest first; each card with its current price (the lowest newest market value, in the wish's currency).")
    @APIResponse(responseCode = "200", description = "The wishes",
            content = @Content(schema = @Schema(implementation = WishlistResponse.class)))
    public WishlistResponse wishlist(@Context HttpServletRequest request) {
        List<WishlistItemResponse> items = list.wishlist(RequestCaller.requireAccount(request)).stream()
                .map(WishlistItemResponse::from).toList();
        return new WishlistResponse(items, items.size());
    }

    @POST
    @Path("/add")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a card to your wishlist",
            description = "max_price is optional (notify only under it); currency defaults to EUR. Adding a card again replaces its max price.")
    @APIResponse(responseCode = "200", description = "The wish as listed",
            content = @Content(schema = @Schema(implementation = WishlistItemResponse.class)))
    @APIResponse(responseCode = "422", description = "Unknown card, bad max_price or a currency prices cannot be compared in",
            content = @Content(schema = @Schema(implementation = ValidationErrorResponse.class)))
    public WishlistItemResponse add(@Valid @NotNull AddToWishlistRequest body, @Context HttpServletRequest request) {
        return WishlistItemResponse.from(add.add(AddToWishlistCommand.of(RequestCaller.requireAccount(request),
                new CardId(body.cardId()), Optional.ofNullable(body.maxPrice()), Optional.ofNullable(body.currency()))));
    }

    @DELETE
    @Path("/{card_id}")
    @Operation(summary = "Remove a card from your wishlist")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "The card is not on your wishlist",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Response remove(@PathParam("card_id") long cardId, @Context HttpServletRequest request) {
        var owner = RequestCaller.requireAccount(request);
        if (cardId <= 0) {
            throw new WishlistEntryNotFoundException(); // no card has that id, so no wish does
        }
        remove.remove(owner, new CardId(cardId));
        return Response.noContent().build();
    }
}
