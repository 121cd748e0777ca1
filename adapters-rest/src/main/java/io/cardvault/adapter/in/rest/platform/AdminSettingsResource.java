package io.cardvault.adapter.in.rest.platform;

import io.cardvault.adapter.in.rest.account.RequestCaller;
import io.cardvault.adapter.in.rest.account.RequiresAccess;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.adapter.in.rest.error.FieldError;
import io.cardvault.adapter.in.rest.error.InvalidBodyException;
import io.cardvault.adapter.in.rest.error.ValidationErrorResponse;
import io.cardvault.application.port.in.platform.ChangePlatformSettingCommand;
import io.cardvault.application.port.in.platform.ChangePlatformSettingUseCase;
import io.cardvault.application.port.in.platform.GetPlatformSettingUseCase;
import io.cardvault.domain.account.AccessRequirement;
import io.cardvault.domain.platform.PlatformSettingKey;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET/PUT /api/admin/settings/{key}} (administrators): a platform setting with its audit trail,
 * and setting it. Settings are typed and ranged by their key; a key that is not a setting is 404.
 */
@Path("/api/admin/settings/{key}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RequiresAccess(AccessRequirement.ADMIN)
@Tag(name = "Platform settings")
public class AdminSettingsResource {

    private final GetPlatformSettingUseCase get;
    private final ChangePlatformSettingUseCase change;

    @Inject
    public AdminSettingsResource(GetPlatformSettingUseCase get, ChangePlatformSettingUseCase change) {
        this.get = get;
        this.change = change;
    }

    /** For CDI's client proxy only. */
    protected AdminSettingsResource() {
        this(null, null);
    }

    @GET
    @Operation(summary = "A platform setting with its audit trail (administrators)")
    @APIResponse(responseCode = "200", description = "The setting",
            content = @Content(schema = @Schema(implementation = AdminSettingResponse.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such setting",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Response setting(@PathParam("key") String key) {
        return known(key).map(setting -> Response.ok(AdminSettingResponse.from(get.get(setting))).build())
                .orElseGet(AdminSettingsResource::notFound);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a platform setting (administrators)", description = "Body {value}: a number for decimal "
            + "settings (within the setting's range, at most 2 decimals), a string or null for texts (≤ 500 characters), "
            + "true/false for flags. The change (previous and new value, who, when) joins the setting's audit trail.")
    @APIResponse(responseCode = "200", description = "Set; the setting with its trail",
            content = @Content(schema = @Schema(implementation = AdminSettingResponse.class)))
    @APIResponse(responseCode = "404", description = "No such setting",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "422", description = "No value, or one of the wrong type or out of range",
            content = @Content(schema = @Schema(implementation = ValidationErrorResponse.class)))
    public Response set(@PathParam("key") String key, @NotNull Map<String, Object> body, @Context HttpServletRequest request) {
        Optional<PlatformSettingKey> setting = known(key);
        if (setting.isEmpty()) {
            return notFound();
        }
        if (!body.containsKey("value")) {
            throw new InvalidBodyException(List.of(new FieldError(List.of("body", "value"), "field required", "value_error.missing")));
        }
        return Response.ok(AdminSettingResponse.from(change.change(new ChangePlatformSettingCommand(setting.get(),
                SettingValues.fromJson(body.get("value")), RequestCaller.requireAccount(request))))).build();
    }

    private static Optional<PlatformSettingKey> known(String key) {
        return PlatformSettingKey.fromCode(key);
    }

    private static Response notFound() {
        return ErrorResponse.of(Response.Status.NOT_FOUND, "Setting not found");
    }
}
