package io.cardvault.adapter.in.rest.search;

import io.cardvault.adapter.in.rest.JsonConfiguration;
import io.cardvault.adapter.in.rest.error.FieldError;
import io.cardvault.adapter.in.rest.error.InvalidParameterException;
import io.cardvault.application.port.in.search.SearchCardsQuery;
import io.cardvault.application.port.in.search.SearchCardsUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/search}: card search across games by name in any language, number or set. Answers
 * are held per query string for a few seconds ({@link SearchAnswerCache}) and sent from there by
 * {@link SearchFastPath}.
 */
@Path("/api/search")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    private final SearchCardsUseCase searchCards;
    private final SearchAnswerCache answers;

    @Inject
    public SearchResource(SearchCardsUseCase searchCards, SearchAnswerCache answers) {
        this.searchCards = searchCards;
        this.answers = answers;
    }

    /** For CDI's client proxy only. */
    protected SearchResource() {
        this.searchCards = null;
        this.answers = null;
    }

    @GET
    @Operation(summary = "Cross-TCG card search with optional typed filters",
            description = "`q` matches card names in every language held (accents ignored; Japanese, Chinese, Korean "
                    + "and Thai by parts of words), collector numbers (`4/102` or `4`), set names and set codes; "
                    + "every word must match. Exact names first, then names starting with the text, then the rest. "
                    + "All filters AND together. `min_price`/`max_price` (USD) match only cards with a known USD best "
                    + "price (card_price_summary; the index refreshes when prices are ingested).")
    @APIResponse(responseCode = "200", description = "One page of matching cards and their total",
            content = @Content(schema = @Schema(implementation = SearchResponse.class)))
    @APIResponse(responseCode = "422", description = "q missing, or a parameter out of range or of the wrong type")
    public Response search(
            @Parameter(description = "Free-text card name, number, or set", required = true)
            @QueryParam("q") @NotBlank @Size(max = SearchCardsQuery.MAX_TEXT) String q,
            @Parameter(description = "Restrict to one TCG (e.g. pokemon)")
            @QueryParam("tcg_slug") @Size(max = 32) String tcgSlug,
            @Parameter(description = "Restrict to one set")
            @QueryParam("set_id") @Min(1) Long setId,
            @Parameter(description = "Exact rarity, case-insensitive (e.g. Rare Holo)")
            @QueryParam("rarity") @Size(max = 64) String rarity,
            @Parameter(description = "Lowest best market price, USD")
            @QueryParam("min_price") @DecimalMin("0") BigDecimal minPrice,
            @Parameter(description = "Highest best market price, USD")
            @QueryParam("max_price") @DecimalMin("0") BigDecimal maxPrice,
            @Parameter(description = "Page size, 1 to 200")
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(SearchCardsQuery.MAX_LIMIT) int limit,
            @Parameter(description = "Cards to skip")
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            // the raw query string keys the held answer, as SearchFastPath reads it; a parameter, not a field: a
            // context field of this application-scoped bean reached the wrong instance through its CDI proxy (a 500)
            @Context HttpServletRequest servletRequest) {
        if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
            throw new InvalidParameterException(new FieldError(List.of("query", "min_price"),
                    "ensure this value is less than or equal to max_price", "value_error.number.not_le"));
        }
        SearchCardsQuery query = new SearchCardsQuery(q, tcgSlug, setId, rarity, minPrice, maxPrice, limit, offset);
        Supplier<byte[]> render = () -> JsonConfiguration.jsonb().toJson(SearchResponse.from(searchCards.search(query), limit, offset))
                .getBytes(StandardCharsets.UTF_8);
        String rawQuery = servletRequest.getQueryString();
        return Response.ok(rawQuery == null ? render.get() : answers.answer(rawQuery, render), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
