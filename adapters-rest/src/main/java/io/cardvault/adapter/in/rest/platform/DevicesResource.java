package io.cardvault.adapter.in.rest.platform;

import io.cardvault.adapter.in.rest.account.RequestCaller;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.adapter.in.rest.error.ValidationErrorResponse;
import io.cardvault.application.port.in.platform.RegisterPushDeviceCommand;
import io.cardvault.application.port.in.platform.RegisterPushDeviceUseCase;
import io.cardvault.application.port.in.platform.UnregisterPushDeviceUseCase;
import io.cardvault.domain.platform.AppPlatform;
import io.cardvault.domain.platform.DeviceToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/devices} registers the signed-in account's phone for push notifications (FCM
 * token on Android, APNs on iOS); {@code DELETE /api/devices} forgets it. Session or API key.
 * Tokens are stored, nothing is pushed: sending needs FCM/APNs credentials the platform does not hold.
 */
@Path("/api/devices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "App meta & devices")
public class DevicesResource {

    private final RegisterPushDeviceUseCase register;
    private final UnregisterPushDeviceUseCase unregister;

    @Inject
    public DevicesResource(RegisterPushDeviceUseCase register, UnregisterPushDeviceUseCase unregister) {
        this.register = register;
        this.unregister = unregister;
    }

    /** For CDI's client proxy only. */
    protected DevicesResource() {
        this(null, null);
    }

    @POST
    @Operation(summary = "Register a phone for push notifications",
            description = "Body {platform: android|ios, token, app_version?}. Registering the same token again refreshes it; "
                    + "a token registered by another account moves to this one (the phone changed hands). push_delivery is "
                    + "\"not_configured\": no FCM/APNs credentials, so nothing is sent yet.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = DeviceResponse.class)))
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "422", description = "Missing or invalid platform, token or app_version",
            content = @Content(schema = @Schema(implementation = ValidationErrorResponse.class)))
    public Response registerDevice(@NotNull @Valid RegisterDeviceRequest body, @Context HttpServletRequest request) {
        RegisterPushDeviceCommand command = new RegisterPushDeviceCommand(RequestCaller.requireAccount(request),
                AppPlatform.fromSlug(body.platform()).orElseThrow(), new DeviceToken(body.token()),
                Optional.ofNullable(body.appVersion()));
        return Response.status(Response.Status.CREATED).entity(DeviceResponse.from(register.register(command))).build();
    }

    @DELETE
    @Operation(summary = "Forget a registered phone", description = "Body {token}. Another account's token is not found.")
    @APIResponse(responseCode = "204", description = "Forgotten")
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "The account has no phone with that token",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "422", description = "Missing or invalid token",
            content = @Content(schema = @Schema(implementation = ValidationErrorResponse.class)))
    public Response unregisterDevice(@NotNull @Valid UnregisterDeviceRequest body, @Context HttpServletRequest request) {
        unregister.unregister(RequestCaller.requireAccount(request), new DeviceToken(body.token()));
        return Response.noContent().build();
    }
}
