package io.cardvault.adapter.in.rest.community;

import io.cardvault.adapter.in.rest.account.RequestCaller;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.application.port.in.community.BlockUserUseCase;
import io.cardvault.application.port.in.community.UnblockUserUseCase;
import io.cardvault.domain.account.AccountId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/blocks/{username}}: the caller blocks or unblocks a user (no messages, no bids from them while blocked). */
@Path("/api/blocks/{username}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports and blocks")
@APIResponse(responseCode = "200", description = "The block's state after the call; changed false when it already was so",
        content = @Content(schema = @Schema(implementation = BlockResponse.class)))
@APIResponse(responseCode = "401", description = "Not signed in",
        content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
@APIResponse(responseCode = "404", description = "No such user",
        content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
public class BlocksResource {

    private final BlockUserUseCase block;
    private final UnblockUserUseCase unblock;

    @Inject
    public BlocksResource(BlockUserUseCase block, UnblockUserUseCase unblock) {
        this.block = block;
        this.unblock = unblock;
    }

    /** For CDI's client proxy only. */
    protected BlocksResource() {
        this(null, null);
    }

    @POST
    @Operation(summary = "Block a user", description = "They can no longer message you or bid on your listings. Idempotent; "
            + "blocking yourself is 400 self_addressed.")
    public BlockResponse block(@PathParam("username") String username, @Context HttpServletRequest request) {
        AccountId blocker = RequestCaller.requireAccount(request);
        return new BlockResponse(username.strip().toLowerCase(java.util.Locale.ROOT), true, block.block(blocker, username));
    }

    @DELETE
    @Operation(summary = "Unblock a user", description = "Idempotent.")
    public BlockResponse unblock(@PathParam("username") String username, @Context HttpServletRequest request) {
        AccountId blocker = RequestCaller.requireAccount(request);
        return new BlockResponse(username.strip().toLowerCase(java.util.Locale.ROOT), false, unblock.unblock(blocker, username));
    }
}
