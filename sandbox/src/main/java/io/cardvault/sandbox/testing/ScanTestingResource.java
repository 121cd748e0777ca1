package io.cardvault.sandbox.testing;

import io.cardvault.application.port.in.scan.PurgeExpiredScanSessionsUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only route of scanning (see the package description): {@code POST /api/testing/scan/purge-run}
 * {@code {"as_of": "…"}} runs the hourly purge of expired scan sessions now, judging by that moment,
 * so a test sees a session expire without waiting its 5 idle minutes. Disabled, or asked from
 * another machine, it answers 404 like a route that does not exist.
 */
@Path("/api/testing/scan")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ScanTestingResource {

    private final TestingAccess access;
    private final PurgeExpiredScanSessionsUseCase purge;
    private final HttpServletRequest request;

    @Inject
    public ScanTestingResource(@ConfigProperty(name = "CARDVAULT_TESTING_ROUTES") boolean enabled,
                               PurgeExpiredScanSessionsUseCase purge, HttpServletRequest request) {
        this.access = new TestingAccess(enabled);
        this.purge = purge;
        this.request = request;
    }

    /** For CDI's client proxy only. */
    protected ScanTestingResource() {
        this(false, null, null);
    }

    @POST
    @Path("/purge-run")
    @Operation(hidden = true)
    public Response runPurge(Map<String, String> body) {
        if (!access.allows(request == null ? null : request.getRemoteAddr())) {
            throw new NotFoundException();
        }
        TestingAccess.AsOf asOf = TestingAccess.asOf(body);
        if (asOf.refusal() != null) {
            return asOf.refusal();
        }
        return Response.ok(Map.of("purged", purge.purge(asOf.instant()))).build();
    }
}
