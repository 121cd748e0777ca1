package io.cardvault.sandbox.testing;

import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.application.port.in.account.ChangeTierUseCase;
import io.cardvault.application.port.in.realtime.PublishMarketEventUseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.InvalidAccountDataException;
import io.cardvault.domain.account.Tier;
import io.cardvault.domain.catalogue.InvalidCatalogueDataException;
import io.cardvault.domain.realtime.InvalidTopicException;
import io.cardvault.domain.realtime.MarketEvent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only routes (see the package description). Disabled, or asked from another machine,
 * they answer 404 exactly like a route that does not exist.
 */
@Path("/api/testing")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TestingResource {

    private final TestingAccess access;
    private final PublishMarketEventUseCase publish;
    private final ChangeTierUseCase changeTier;
    private final HttpServletRequest request;

    @Inject
    public TestingResource(@ConfigProperty(name = "CARDVAULT_TESTING_ROUTES") boolean enabled,
                           PublishMarketEventUseCase publish, ChangeTierUseCase changeTier, HttpServletRequest request) {
        this.access = new TestingAccess(enabled);
        this.publish = publish;
        this.changeTier = changeTier;
        this.request = request;
    }

    /** For CDI's client proxy only. */
    protected TestingResource() {
        this(false, null, null, null);
    }

    @POST
    @Path("/realtime/events")
    @Operation(hidden = true)
    public Response publish(TestEventRequest body) {
        requireEnabled();
        if (body == null) {
            return ErrorResponse.of(422, "an event is required");
        }
        MarketEvent event;
        try {
            event = body.toEvent();
        } catch (InvalidTopicException | InvalidCatalogueDataException | InvalidAccountDataException
                 | IllegalArgumentException | NullPointerException e) {
            return ErrorResponse.of(422, e.getMessage());
        }
        publish.publish(event);
        return Response.accepted(Map.of("ok", true, "type", event.type(),
                "topics", event.topics().stream().map(Object::toString).toList())).build();
    }

    /** The tier grant: {@code {"tier": "pro"}}. */
    @POST
    @Path("/accounts/{id}/tier")
    @Operation(hidden = true)
    public Response grantTier(@PathParam("id") long id, Map<String, String> body) {
        requireEnabled();
        Tier tier = Tier.fromSlug(body == null ? null : body.get("tier")).orElse(null);
        if (tier == null || id < 1) {
            return ErrorResponse.of(422, "a known tier and a positive account id are required");
        }
        if (!changeTier.changeTier(new AccountId(id), tier)) {
            return ErrorResponse.of(404, "Account not found");
        }
        return Response.ok(Map.of("ok", true, "user_id", id, "tier", tier.slug())).build();
    }

    private void requireEnabled() {
        if (!access.allows(request == null ? null : request.getRemoteAddr())) {
            throw new NotFoundException();
        }
    }
}
