package io.cardvault.adapter.in.rest.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v2/sets/{set_id}}: a set with a page of its cards in collector-number order, read
 * through {@link SetPageCache} (which {@link SetPageFastPath} answers from once it holds the page).
 */
@Path("/api/v2/sets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data API v2")
public class V2SetsResource {

    private final SetPageCache pages;

    @Inject
    public V2SetsResource(SetPageCache pages) {
        this.pages = pages;
    }

    /** For CDI's client proxy only. */
    protected V2SetsResource() {
        this.pages = null;
    }

    @GET
    @Path("{set_id}")
    @Operation(summary = "A set with a page of its cards", description = "cards_total is the set's card count.")
    @APIResponse(responseCode = "200", description = "The set and its cards",
            content = @Content(schema = @Schema(implementation = V2Responses.SetResponse.class)))
    @APIResponse(responseCode = "404", description = "Set not found")
    @APIResponse(responseCode = "422", description = "page or size out of range")
    public Response set(@PathParam("set_id") long setId,
                        @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                        @QueryParam("size") @DefaultValue("60") @Min(1) @Max(250) int size) {
        return V2Caching.cachedJson(pages.page(setId, page, size));
    }
}
