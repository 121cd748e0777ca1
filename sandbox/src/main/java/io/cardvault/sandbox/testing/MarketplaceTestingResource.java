package io.cardvault.sandbox.testing;

import io.cardvault.application.port.in.marketplace.ListingExpiryRun;
import io.cardvault.application.port.in.marketplace.RunListingExpiryUseCase;
import io.cardvault.sandbox.demo.DemoSellers;
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
 * Test-only route of the marketplace (see the package description): {@code POST
 * /api/testing/marketplace/expiry-run} {@code {"as_of": "2027-02-01T00:00:00Z"}} runs the listing-expiry
 * job now, judging by that moment, so a test sees what the hourly run does weeks later; {@code POST
 * /api/testing/marketplace/demo-sellers} creates the demo sellers not there yet, as a demo run's first
 * start does (the IT server starts without them), and answers how many sellers and listings it made. Disabled,
 * or asked from another machine, it answers 404 like a route that does not exist.
 */
@Path("/api/testing/marketplace")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MarketplaceTestingResource {

    private final TestingAccess access;
    private final RunListingExpiryUseCase expiry;
    private final DemoSellers demoSellers;
    private final HttpServletRequest request;

    @Inject
    public MarketplaceTestingResource(@ConfigProperty(name = "CARDVAULT_TESTING_ROUTES") boolean enabled,
                                      RunListingExpiryUseCase expiry, DemoSellers demoSellers, HttpServletRequest request) {
        this.access = new TestingAccess(enabled);
        this.expiry = expiry;
        this.demoSellers = demoSellers;
        this.request = request;
    }

    /** For CDI's client proxy only. */
    protected MarketplaceTestingResource() {
        this(false, null, null, null);
    }

    @POST
    @Path("/expiry-run")
    @Operation(hidden = true)
    public Response runExpiry(Map<String, String> body) {
        if (!access.allows(request == null ? null : request.getRemoteAddr())) {
            throw new NotFoundException();
        }
        TestingAccess.AsOf asOf = TestingAccess.asOf(body);
        if (asOf.refusal() != null) {
            return asOf.refusal();
        }
        ListingExpiryRun run = expiry.run(asOf.instant());
        return Response.ok(Map.of("ran", run.ran(), "expired", run.expired(), "reminded", run.reminded())).build();
    }

    @POST
    @Path("/demo-sellers")
    @Operation(hidden = true)
    public Response createDemoSellers() {
        if (!access.allows(request == null ? null : request.getRemoteAddr())) {
            throw new NotFoundException();
        }
        DemoSellers.Created created = demoSellers.createMissing();
        return Response.ok(Map.of("sellers", created.sellers(), "listings", created.listings())).build();
    }
}
