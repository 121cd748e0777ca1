package io.cardvault.adapter.in.rest.marketplace;

import io.cardvault.adapter.in.rest.upload.UploadParts;
import io.cardvault.adapter.in.rest.account.RequestCaller;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.adapter.in.rest.upload.ImageUploads;
import io.cardvault.application.port.in.marketplace.UploadListingImageUseCase;
import io.cardvault.application.port.in.marketplace.UploadedListingImage;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.shared.ImageUploadGuard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/upload/listing-image} (session or API key; anonymous 401): multipart field
 * {@code file}, read through the upload guard {@link ImageUploadGuard#LISTING_PHOTO} (past 8 MB 413;
 * not JPEG/PNG/WebP by its first bytes 415; a corrupt header, more than 40 megapixels or 12,000
 * pixels a side, or pixels that do not decode 422), re-encoded without metadata; answers the spec's
 * {@code {"url", "size"}}, a URL {@link ListingImageFilesResource} serves.
 */
@Path("/api/upload/listing-image")
@RequestScoped
@Tag(name = "Marketplace")
public class ListingImageResource {

    static final String FILE_FIELD = "file";

    private final UploadListingImageUseCase upload;

    @Inject
    public ListingImageResource(UploadListingImageUseCase upload) {
        this.upload = upload;
    }

    /** For CDI's client proxy only. */
    protected ListingImageResource() {
        this(null);
    }

    /** The spec's answer: where the photo is served and its size in bytes. */
    public record UploadedImageResponse(String url, long size) {

        static UploadedImageResponse from(UploadedListingImage uploaded) {
            return new UploadedImageResponse(uploaded.url(), uploaded.size());
        }
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a listing photo", description = "Multipart field file: JPEG, PNG or WebP, at most 8 MB "
            + "and 40 megapixels. Re-encoded without metadata (EXIF, comments); the URL goes in a listing's image_urls.")
    @APIResponse(responseCode = "200", description = "url and size",
            content = @Content(schema = @Schema(implementation = UploadedImageResponse.class)))
    @APIResponse(responseCode = "401", description = "Neither a session nor an API key",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "413", description = "Over 8 MB", content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "415", description = "Not a JPEG, PNG or WebP by its bytes",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "422", description = "No file, a corrupt image or too many pixels")
    public Response upload(List<EntityPart> parts, @Context HttpServletRequest request) {
        AccountId uploader = RequestCaller.requireAccount(request);
        byte[] image = UploadParts.named(parts, FILE_FIELD)
                .map(part -> ImageUploads.read(part.getContent(), ImageUploadGuard.LISTING_PHOTO)).orElse(null);
        if (image == null || image.length == 0) {
            return UploadParts.missing(FILE_FIELD);
        }
        return Response.ok(UploadedImageResponse.from(upload.upload(uploader, image))).build();
    }
}
