package io.cardvault.adapter.in.rest.platform;

import io.cardvault.application.port.in.platform.GetAppReleasesUseCase;
import io.cardvault.domain.platform.AppPlatform;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The mobile apps' version manifest: current release and oldest supported, per platform. */
@Path("/api/app/version")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "App meta & devices")
public class AppVersionResource {

    private final GetAppReleasesUseCase getAppReleases;

    @Inject
    public AppVersionResource(GetAppReleasesUseCase getAppReleases) {
        this.getAppReleases = getAppReleases;
    }

    /** For CDI's client proxy only. */
    protected AppVersionResource() {
        this.getAppReleases = null;
    }

    @GET
    @Operation(summary = "Mobile-app version manifest",
            description = "{\"android\": {version_name, version_code, min_supported, release_notes}, \"ios\": {…}}; "
                    + "only the platform asked for when `platform` is given.")
    public Map<String, AppReleaseResponse> versions(
            @Parameter(description = "android or ios")
            @QueryParam("platform") @Pattern(regexp = "android|ios") String platform) {
        Map<String, AppReleaseResponse> manifest = new LinkedHashMap<>();
        getAppReleases.releases(Optional.ofNullable(platform).flatMap(AppPlatform::fromSlug))
                .forEach((p, release) -> manifest.put(p.slug(), AppReleaseResponse.from(release)));
        return manifest;
    }
}
