package io.cardvault.adapter.in.rest.catalogue;

import io.cardvault.application.port.in.catalogue.ListGameSetsUseCase;
import io.cardvault.application.port.in.catalogue.ListGamesUseCase;
import io.cardvault.domain.catalogue.Window;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v2/games} and {@code GET /api/v2/games/{slug}}: the games and their sets. */
@Path("/api/v2/games")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data API v2")
public class V2GamesResource {

    private final ListGamesUseCase listGames;
    private final ListGameSetsUseCase listGameSets;

    @Inject
    public V2GamesResource(ListGamesUseCase listGames, ListGameSetsUseCase listGameSets) {
        this.listGames = listGames;
        this.listGameSets = listGameSets;
    }

    /** For CDI's client proxy only. */
    protected V2GamesResource() {
        this.listGames = null;
        this.listGameSets = null;
    }

    @GET
    @Operation(summary = "One row per game", description = "cards and sets are null for a game nothing was imported of yet.")
    @APIResponse(responseCode = "200", description = "The games",
            content = @Content(schema = @Schema(implementation = V2Responses.GamesResponse.class)))
    public Response games() {
        return V2Caching.cached(V2Responses.GamesResponse.from(listGames.games()));
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "A game with a page of its sets", description = "Sets oldest release first; undated sets last.")
    @APIResponse(responseCode = "200", description = "The game and sets_list",
            content = @Content(schema = @Schema(implementation = V2Responses.GameResponse.class)))
    @APIResponse(responseCode = "404", description = "Game not found")
    @APIResponse(responseCode = "422", description = "page or size out of range")
    public Response game(@PathParam("slug") String slug,
                         @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                         @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return V2Caching.cached(V2Responses.GameResponse.from(listGameSets.sets(slug, Window.page(page, size)), page, size));
    }
}
