package io.cardvault.adapter.in.rest.marketplace;

import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.application.port.in.marketplace.GetListingImageUseCase;
import io.cardvault.application.port.in.marketplace.ListingPhoto;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /static/listing_images/<yyyy>/<mm>/<sha-256>.<jpg|png|webp>}: a kept listing photo,
 * public, with its media type and a year's immutable caching (a URL's bytes never change: the name
 * is their hash). Any other shape of path is a 404 without a file lookup.
 */
@Path("/static/listing_images")
@RequestScoped
@Tag(name = "Marketplace")
public class ListingImageFilesResource {

    /** A kept photo's bytes never change under its URL. */
    static final String CACHE_FOREVER = "public, max-age=31536000, immutable";

    private final GetListingImageUseCase photos;

    @Inject
    public ListingImageFilesResource(GetListingImageUseCase photos) {
        this.photos = photos;
    }

    /** For CDI's client proxy only. */
    protected ListingImageFilesResource() {
        this(null);
    }

    @GET
    @Path("{year}/{month}/{file}")
    @Operation(summary = "A listing photo", description = "The bytes a listing-image upload answered the URL of; "
            + "cached for a year (the URL's bytes never change).")
    @APIResponse(responseCode = "200", description = "The photo")
    @APIResponse(responseCode = "404", description = "No such photo")
    public Response photo(@PathParam("year") String year, @PathParam("month") String month, @PathParam("file") String file) {
        Optional<ListingPhoto> photo = photos.find(year + "/" + month + "/" + file);
        if (photo.isEmpty()) {
            return ErrorResponse.of(404, "Image not found");
        }
        return Response.ok(photo.get().bytes(), photo.get().mediaType())
                .header("Cache-Control", CACHE_FOREVER)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
