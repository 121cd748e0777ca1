package io.cardvault.adapter.in.rest.catalogue;

import io.cardvault.application.port.in.catalogue.GetGameUseCase;
import io.cardvault.application.port.in.catalogue.ListGamesUseCase;
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

/** {@code GET /tcgs} and {@code GET /tcgs/{slug}}: the legacy list of games ("TCGs"). */
@Path("/tcgs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Legacy catalogue")
public class TcgsResource {

    private final ListGamesUseCase listGames;
    private final GetGameUseCase getGame;

    @Inject
    public TcgsResource(ListGamesUseCase listGames, GetGameUseCase getGame) {
        this.listGames = listGames;
        this.getGame = getGame;
    }

    /** For CDI's client proxy only. */
    protected TcgsResource() {
        this.listGames = null;
        this.getGame = null;
    }

    @GET
    @Operation(summary = "Every TCG the platform covers")
    @APIResponse(responseCode = "200", description = "The TCGs",
            content = @Content(schema = @Schema(implementation = LegacyResponses.TcgList.class)))
    public LegacyResponses.TcgList tcgs() {
        return new LegacyResponses.TcgList(listGames.games().stream().map(LegacyResponses.Tcg::from).toList());
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One TCG by slug")
    @APIResponse(responseCode = "200", description = "The TCG",
            content = @Content(schema = @Schema(implementation = LegacyResponses.Tcg.class)))
    @APIResponse(responseCode = "404", description = "TCG not found")
    public LegacyResponses.Tcg tcg(@PathParam("slug") String slug) {
        return LegacyResponses.Tcg.from(getGame.game(slug));
    }
}
