package io.cardvault.adapter.in.rest.profile;

import io.cardvault.adapter.in.rest.error.CurrencyParameter;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.application.port.in.profile.GetPublicProfileUseCase;
import io.cardvault.application.port.in.profile.ProfileNotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

/** {@code /users/{username}}: anyone's public collector profile, and its avatar. */
@Path("/users")
@RequestScoped
@Tag(name = "Profile")
public class UserProfileResource {

    static final String WEBP = "image/webp";

    private final GetPublicProfileUseCase profiles;

    @Inject
    public UserProfileResource(GetPublicProfileUseCase profiles) {
        this.profiles = profiles;
    }

    /** For CDI's client proxy only. */
    protected UserProfileResource() {
        this(null);
    }
    @GET
    @Path("/{username}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A collector's public profile", description = "Member since, avatar and active listings always; the"
            + " collection's figures only when the collector made it public (else null).")
    @APIResponse(responseCode = "200", description = "The profile", content = @Content(schema = @Schema(implementation = PublicProfileResponse.class)))
    @APIResponse(responseCode = "404", description = "No such user", content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public PublicProfileResponse profile(@PathParam("username") String username,
                                         @QueryParam("currency") @DefaultValue("EUR") String currency) {
        var wanted = CurrencyParameter.parse("currency", currency);
        return PublicProfileResponse.from(profiles.profile(username, wanted), wanted.getCurrencyCode());
    }

    @GET
    @Path("/{username}/avatar")
    @Produces(WEBP)
    @Operation(summary = "A collector's avatar", description = "256×256 WebP; 404 when the collector has none.")
    @APIResponse(responseCode = "200", description = "The picture")
    @APIResponse(responseCode = "404", description = "No avatar", content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Response avatarOf(@PathParam("username") String username) {
        byte[] picture = profiles.avatar(username).orElseThrow(() -> new ProfileNotFoundException("No avatar"));
        return Response.ok(picture, WEBP).header("Cache-Control", "public, max-age=300")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
