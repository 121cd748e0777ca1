package io.cardvault.adapter.in.rest.trust;

import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.adapter.in.rest.error.FieldError;
import io.cardvault.adapter.in.rest.error.ValidationErrorResponse;
import io.cardvault.adapter.in.rest.upload.ImageUploads;
import io.cardvault.adapter.in.rest.upload.UploadParts;
import io.cardvault.application.port.in.marketplace.ListingPaths;
import io.cardvault.application.port.in.trust.CheckPhotoUseCase;
import io.cardvault.application.port.in.trust.CodeVerification;
import io.cardvault.application.port.in.trust.PhotoCheck;
import io.cardvault.application.port.in.trust.VerifyCodeUseCase;
import io.cardvault.domain.shared.ImageUploadGuard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/verify/{code}} and {@code POST /api/verify/photo}: public, no credentials. A code
 * answers the spec's {@code valid: true} shape (status {@code active} or {@code expired}) or
 * {@code {"valid": false, "code"}}; a path segment longer than {@link #MAX_CODE_PARAMETER} is a 422.
 */
@Path("/api/verify")
@RequestScoped
@Tag(name = "Marketplace")
public class VerifyResource {

    static final int MAX_CODE_PARAMETER = 64;
    static final String FILE_FIELD = "file";
    private static final int HELD_SECONDS = 30;

    private final VerifyCodeUseCase verify;
    private final CheckPhotoUseCase checkPhoto;

    @Inject
    public VerifyResource(VerifyCodeUseCase verify, CheckPhotoUseCase checkPhoto) {
        this.verify = verify;
        this.checkPhoto = checkPhoto;
    }

    /** For CDI's client proxy only. */
    protected VerifyResource() {
        this(null, null);
    }

    /** The spec's answer for a code that vouches for a listing. */
    public record ValidCodeResponse(boolean valid, String code, String status, String cardName, String setName,
                                    String condition, String sellerUsername, boolean watermarkEnabled, String createdAt,
                                    String listingUrl) {
    }

    /** The spec's answer for a code nobody holds. */
    public record UnknownCodeResponse(boolean valid, String code) {
    }

    /** The photo check's answer: {@code code}, {@code listing_id} and {@code listing_url} only on a match. */
    public record PhotoCheckResponse(boolean matched, int distance, int threshold, String code, Long listingId,
                                     String listingUrl) {

        static PhotoCheckResponse from(PhotoCheck check) {
            return new PhotoCheckResponse(check.matched(), check.distance(), check.threshold(), check.code().orElse(null),
                    check.listingId().orElse(null), check.listingId().map(ListingPaths::of).orElse(null));
        }
    }

    static Object body(CodeVerification verification) {
        if (verification instanceof CodeVerification.Valid valid) {
            return new ValidCodeResponse(true, valid.code(), valid.status().code(), valid.cardName(), valid.setName(),
                    valid.condition(), valid.sellerUsername(), valid.watermarkEnabled(),
                    valid.createdAt().truncatedTo(ChronoUnit.SECONDS).toString(), ListingPaths.of(valid.listingId()));
        }
        return new UnknownCodeResponse(false, verification.code());
    }

    @GET
    @Path("{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify a confirmation code", description = "Public. Case-insensitive; 6–8 characters without "
            + "0/O/1/I. valid:true with status active or expired (sold, withdrawn or past expiry), else valid:false.")
    @APIResponse(responseCode = "200", description = "The code's answer", content = @Content(schema = @Schema(
            oneOf = {ValidCodeResponse.class, UnknownCodeResponse.class})))
    @APIResponse(responseCode = "422", description = "A code parameter longer than 64 characters")
    @APIResponse(responseCode = "429", description = "Over the verification routes' per-address quota",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Response verify(@PathParam("code") String code) {
        if (code.length() > MAX_CODE_PARAMETER) {
            return ValidationErrorResponse.of(List.of(new FieldError(List.of("path", "code"),
                    "a confirmation code has 6–8 characters", "value_error.any_str.max_length")));
        }
        CacheControl held = new CacheControl();
        held.setMaxAge(HELD_SECONDS);
        return Response.ok(body(verify.verify(code))).cacheControl(held).build();
    }

    @POST
    @Path("photo")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a photo against the protected listings", description = "Public. Multipart field file: "
            + "JPEG, PNG or WebP, at most 8 MB and 40 megapixels. The nearest protected photo's distance (bits of a 64-bit "
            + "perceptual hash), the threshold, and on a match the listing's code and id.")
    @APIResponse(responseCode = "200", description = "The nearest protected photo",
            content = @Content(schema = @Schema(implementation = PhotoCheckResponse.class)))
    @APIResponse(responseCode = "413", description = "Over 8 MB", content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "415", description = "Not a JPEG, PNG or WebP by its bytes",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "422", description = "No file, a corrupt image or too many pixels")
    public Response checkPhoto(List<EntityPart> parts) {
        byte[] image = UploadParts.named(parts, FILE_FIELD)
                .map(part -> ImageUploads.read(part.getContent(), ImageUploadGuard.LISTING_PHOTO)).orElse(null);
        if (image == null || image.length == 0) {
            return UploadParts.missing(FILE_FIELD);
        }
        return Response.ok(PhotoCheckResponse.from(checkPhoto.check(image))).build();
    }
}
