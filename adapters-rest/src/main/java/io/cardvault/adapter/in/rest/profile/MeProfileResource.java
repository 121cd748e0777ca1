package io.cardvault.adapter.in.rest.profile;

import io.cardvault.adapter.in.rest.account.RequestCaller;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.adapter.in.rest.error.ValidationErrorResponse;
import io.cardvault.adapter.in.rest.upload.ImageUploads;
import io.cardvault.adapter.in.rest.upload.UploadParts;
import io.cardvault.application.port.in.profile.SetCollectionPrivacyUseCase;
import io.cardvault.application.port.in.profile.UploadAvatarUseCase;
import io.cardvault.application.port.in.profile.UploadedAvatar;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.shared.ImageUploadGuard;
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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /me/avatar} and {@code /me/privacy}: the caller's avatar and collection privacy, by session or API key. */
@Path("/me")
@RequestScoped
@Tag(name = "Profile")
public class MeProfileResource {

    static final String FILE_FIELD = "file";

    private final UploadAvatarUseCase avatars;
    private final SetCollectionPrivacyUseCase privacy;

    @Inject
    public MeProfileResource(UploadAvatarUseCase avatars, SetCollectionPrivacyUseCase privacy) {
        this.avatars = avatars;
        this.privacy = privacy;
    }

    /** For CDI's client proxy only. */
    protected MeProfileResource() {
        this(null, null);
    }

    /** {@code POST /me/avatar}'s answer. */
    public record AvatarResponse(boolean ok, String avatarUrl, int size, int width, int height, String format) {

        static AvatarResponse from(UploadedAvatar avatar) {
            return new AvatarResponse(true, avatar.url(), avatar.size(), avatar.width(), avatar.height(), avatar.format());
        }
    }

    /** {@code POST /me/privacy}'s answer, the spec's. */
    public record PrivacyResponse(boolean ok, boolean isCollectionPublic) {
    }

    @POST
    @Path("/avatar")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set your avatar", description = "Multipart field file: JPEG, PNG or WebP, at most 5 MB and 40 megapixels"
            + " (checked from the header before decoding). Auto-cropped to its centre square, 256×256 WebP, metadata stripped.")
    @APIResponse(responseCode = "200", description = "Stored", content = @Content(schema = @Schema(implementation = AvatarResponse.class)))
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "413", description = "Over 5 MB", content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "415", description = "Not a JPEG, PNG or WebP by its bytes",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "422", description = "No file, a corrupt image or too many pixels")
    public Response avatar(List<EntityPart> parts, @Context HttpServletRequest request) {
        AccountId account = RequestCaller.requireAccount(request);
        byte[] image = UploadParts.named(parts, FILE_FIELD)
                .map(part -> ImageUploads.read(part.getContent(), ImageUploadGuard.AVATAR)).orElse(null);
        if (image == null || image.length == 0) {
            return UploadParts.missing(FILE_FIELD);
        }
        return Response.ok(AvatarResponse.from(avatars.upload(account, image))).build();
    }

    @POST
    @Path("/privacy")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Show or hide your collection", description = "is_collection_public (required): when true, /users/{username}"
            + " shows the showcase, top cards, recently added, portfolio value and game breakdown; false (the default) hides them.")
    @APIResponse(responseCode = "200", description = "The new setting", content = @Content(schema = @Schema(implementation = PrivacyResponse.class)))
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "422", description = "is_collection_public missing or not a boolean",
            content = @Content(schema = @Schema(implementation = ValidationErrorResponse.class)))
    public PrivacyResponse privacy(@Valid @NotNull PrivacyRequest body, @Context HttpServletRequest request) {
        return new PrivacyResponse(true, privacy.setCollectionPublic(RequestCaller.requireAccount(request), body.isCollectionPublic()));
    }
}
