package io.cardvault.adapter.in.rest.platform;

import io.cardvault.adapter.in.rest.account.RequiresAccess;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.application.port.in.platform.GetBulkDataJobUseCase;
import io.cardvault.application.port.in.platform.StartBulkDataWriteUseCase;
import io.cardvault.domain.account.AccessRequirement;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/admin/bulk-data} rewrites the bulk files now, in the background (202, follow it
 * with {@code GET}); administrators only, one rewrite per node at a time (409).
 */
@Path("/api/admin/bulk-data")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RequiresAccess(AccessRequirement.ADMIN)
@Tag(name = "Admin")
public class AdminBulkDataResource {

    static final URI LOCATION = URI.create("/api/admin/bulk-data");

    private final StartBulkDataWriteUseCase start;
    private final GetBulkDataJobUseCase latest;
    private final String siteUrl;

    @Inject
    public AdminBulkDataResource(StartBulkDataWriteUseCase start, GetBulkDataJobUseCase latest,
                                 @ConfigProperty(name = "CARDVAULT_SITE_URL") String siteUrl) {
        this.start = start;
        this.latest = latest;
        this.siteUrl = BulkFileResponse.siteBase(siteUrl);
    }

    /** For CDI's client proxy only. */
    protected AdminBulkDataResource() {
        this.start = null;
        this.latest = null;
        this.siteUrl = null;
    }

    @POST
    @Operation(summary = "Rewrite the bulk files now (administrators)")
    @APIResponse(responseCode = "202", description = "Started",
            content = @Content(schema = @Schema(implementation = BulkDataJobResponse.class)))
    @APIResponse(responseCode = "409", description = "A rewrite is already running on this node",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Response rewrite() {
        return Response.accepted(BulkDataJobResponse.from(start.start(), siteUrl)).location(LOCATION).build();
    }

    @GET
    @Operation(summary = "The latest rewrite started on this node (administrators)")
    @APIResponse(responseCode = "200", description = "The rewrite",
            content = @Content(schema = @Schema(implementation = BulkDataJobResponse.class)))
    @APIResponse(responseCode = "404", description = "No rewrite was started on this node since it started",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Response latestRewrite() {
        return latest.latest().map(job -> Response.ok(BulkDataJobResponse.from(job, siteUrl)).build())
                .orElseGet(() -> ErrorResponse.of(Response.Status.NOT_FOUND, "No bulk data rewrite was started on this node"));
    }
}
