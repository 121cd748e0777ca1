package io.cardvault.adapter.in.rest.platform;

import io.cardvault.application.port.in.platform.ListPublicSettingsUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/settings/public}: the settings everyone may read, as one object in the spec's shape. */
@Path("/api/settings/public")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform settings")
public class PublicSettingsResource {

    private final ListPublicSettingsUseCase settings;

    @Inject
    public PublicSettingsResource(ListPublicSettingsUseCase settings) {
        this.settings = settings;
    }

    /** For CDI's client proxy only. */
    protected PublicSettingsResource() {
        this(null);
    }

    @GET
    @Operation(summary = "Public platform settings", description = "{seller_fee_pct, buyer_protection_pct, min_payout_eur, "
            + "max_payout_eur, site_announcement}: each the administrators' value, else its default; null means none.")
    public Response publicSettings() {
        Map<String, Object> body = new LinkedHashMap<>();
        settings.publicSettings().forEach(setting -> body.put(setting.key().code(), SettingValues.toJson(setting.value())));
        return Response.ok(body).header("Cache-Control", "public, max-age=60").build();
    }
}
