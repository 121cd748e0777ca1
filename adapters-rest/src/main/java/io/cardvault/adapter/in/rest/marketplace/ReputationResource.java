package io.cardvault.adapter.in.rest.marketplace;

import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.application.port.in.marketplace.GetReputationUseCase;
import io.cardvault.application.port.in.marketplace.TraderNotFoundException;
import io.cardvault.domain.account.InvalidAccountDataException;
import io.cardvault.domain.account.Username;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/reputation/{username}}: public, what trading partners think of an account. */
@Path("/api/reputation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Marketplace")
public class ReputationResource {

    private final GetReputationUseCase reputation;

    @Inject
    public ReputationResource(GetReputationUseCase reputation) {
        this.reputation = reputation;
    }

    /** For CDI's client proxy only. */
    protected ReputationResource() {
        this(null);
    }

    @GET
    @Path("/{username}")
    @Operation(summary = "A trader's reputation", description = "avg (two decimals; null without ratings), count, and the "
            + "10 most recent reviews; every rating the account received, as seller or as buyer.")
    @APIResponse(responseCode = "200", description = "The reputation",
            content = @Content(schema = @Schema(implementation = ReputationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such user",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public ReputationResponse reputation(@PathParam("username") String username) {
        Username name;
        try {
            name = new Username(username);
        } catch (InvalidAccountDataException notAName) {
            throw new TraderNotFoundException();
        }
        return ReputationResponse.from(reputation.get(name));
    }
}
