package io.cardvault.adapter.in.rest.poketrace;

import io.cardvault.adapter.in.rest.poketrace.PokeTraceErrors.BadParameterException;
import io.cardvault.application.port.in.poketrace.KeyedPage;
import io.cardvault.application.port.in.poketrace.ListMarketSetsQuery;
import io.cardvault.application.port.in.poketrace.ListMarketSetsUseCase;
import io.cardvault.application.port.in.poketrace.MarketSet;
import io.cardvault.application.port.in.poketrace.SetGame;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /v1/sets}: the Pokémon sets by slug (the slugs {@code /v1/cards?set=} takes), by cursor. */
@Path("/v1/sets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "PokeTrace-compatible API (/v1)")
public class PokeTraceSetsResource {

    static final String SETS = "sets";

    private final ListMarketSetsUseCase sets;
    private final PokeTraceCursors cursors;

    @Inject
    public PokeTraceSetsResource(ListMarketSetsUseCase sets, PokeTraceCursors cursors) {
        this.sets = sets;
        this.cursors = cursors;
    }

    /** For CDI's client proxy only. */
    protected PokeTraceSetsResource() {
        this(null, null);
    }

    @GET
    @Operation(summary = "Sets with their slugs, release dates and card counts, by cursor")
    public Response sets(@QueryParam("search") String search, @QueryParam("game") String game,
                         @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        int size = PokeTraceParameters.limit(limit);
        Optional<SetGame> ofGame = PokeTraceParameters.text(game).map(code -> SetGame.find(code)
                .orElseThrow(() -> new BadParameterException("game", "Game must be pokemon or pokemon-japanese")));
        Optional<String> searched = PokeTraceParameters.text(search);
        String scope = String.join("\u001f", searched.orElse(""), ofGame.map(SetGame::code).orElse(""));
        Optional<String> after = PokeTraceParameters.cursor(cursors, SETS, scope, cursor);
        KeyedPage<MarketSet, String> page = sets.list(new ListMarketSetsQuery(searched, ofGame, after, size));
        return PokeTraceJson.ok(PokeTraceJson.page(page.items(), PokeTraceJson::set,
                page.nextAfter().map(slug -> cursors.write(SETS, scope, slug))));
    }
}
