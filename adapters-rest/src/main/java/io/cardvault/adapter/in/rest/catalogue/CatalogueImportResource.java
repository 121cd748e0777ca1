package io.cardvault.adapter.in.rest.catalogue;

import io.cardvault.adapter.in.rest.account.RequiresAccess;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.adapter.in.rest.error.FieldError;
import io.cardvault.adapter.in.rest.error.InvalidParameterException;
import io.cardvault.application.port.in.catalogue.CatalogueImportRunningException;
import io.cardvault.application.port.in.catalogue.GetCatalogueImportJobUseCase;
import io.cardvault.application.port.in.catalogue.StartCatalogueImportUseCase;
import io.cardvault.application.port.in.catalogue.UnknownCatalogueSourceException;
import io.cardvault.domain.account.AccessRequirement;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/admin/catalogue/import} (start an import on demand) and {@code GET} (follow it):
 * administrators only. The import runs in the background; a re-run over unchanged data changes nothing.
 */
@Path("/api/admin/catalogue/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RequiresAccess(AccessRequirement.ADMIN)
@Tag(name = "Admin")
public class CatalogueImportResource {

    static final URI LOCATION = URI.create("/api/admin/catalogue/import");

    private final StartCatalogueImportUseCase startImport;
    private final GetCatalogueImportJobUseCase latestImport;

    @Inject
    public CatalogueImportResource(StartCatalogueImportUseCase startImport, GetCatalogueImportJobUseCase latestImport) {
        this.startImport = startImport;
        this.latestImport = latestImport;
    }

    /** For CDI's client proxy only. */
    protected CatalogueImportResource() {
        this.startImport = null;
        this.latestImport = null;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import the catalogue now",
            description = "Imports the named sources (default: every configured one) in the background; follow it with GET. "
                    + "Stable ids: cards are resolved by natural key, never deleted and re-inserted.")
    @APIResponse(responseCode = "202", description = "Started",
            content = @Content(schema = @Schema(implementation = CatalogueImportResponse.class)))
    @APIResponse(responseCode = "409", description = "An import is already running on this node")
    @APIResponse(responseCode = "422", description = "Not a configured catalogue source")
    public Response start(@Valid CatalogueImportRequest request) {
        return importSources(request == null || request.sources() == null ? List.<String>of() : request.sources());
    }

    /** {@code curl -XPOST} with no body: every configured source. A body of another type is 415. */
    @POST
    @Operation(hidden = true)
    public Response startWithoutBody(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        if (contentType != null && !contentType.isBlank()) {
            return ErrorResponse.of(Response.Status.UNSUPPORTED_MEDIA_TYPE, "Send application/json or no body");
        }
        return importSources(List.<String>of());
    }

    private Response importSources(List<String> sources) {
        try {
            return Response.accepted(CatalogueImportResponse.from(startImport.start(sources))).location(LOCATION).build();
        } catch (UnknownCatalogueSourceException e) {
            throw new InvalidParameterException(new FieldError(List.of("body", "sources"), e.getMessage(), "value_error"));
        } catch (CatalogueImportRunningException e) {
            return ErrorResponse.of(Response.Status.CONFLICT, e.getMessage());
        }
    }

    @GET
    @Operation(summary = "The latest catalogue import on this node", description = "Running, completed or failed, with "
            + "each source's counts, changes and skipped rows.")
    @APIResponse(responseCode = "200", description = "The import",
            content = @Content(schema = @Schema(implementation = CatalogueImportResponse.class)))
    @APIResponse(responseCode = "404", description = "No import has run on this node since it started")
    public Response latest() {
        return latestImport.latestImport()
                .map(job -> Response.ok(CatalogueImportResponse.from(job)).build())
                .orElseGet(() -> ErrorResponse.of(Response.Status.NOT_FOUND, "No catalogue import has run on this node since it started"));
    }
}
