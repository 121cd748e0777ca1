package io.cardvault.adapter.in.rest.poketrace;

import io.cardvault.adapter.in.rest.poketrace.PokeTraceErrors.BadParameterException;
import io.cardvault.application.port.in.poketrace.GetMarketCardUseCase;
import io.cardvault.application.port.in.poketrace.GetTierHistoryUseCase;
import io.cardvault.application.port.in.poketrace.HistoryKey;
import io.cardvault.application.port.in.poketrace.HistoryPeriod;
import io.cardvault.application.port.in.poketrace.KeyedPage;
import io.cardvault.application.port.in.poketrace.ListMarketCardsQuery;
import io.cardvault.application.port.in.poketrace.ListMarketCardsUseCase;
import io.cardvault.application.port.in.poketrace.MarketCardSummary;
import io.cardvault.application.port.in.poketrace.PriceTier;
import io.cardvault.application.port.in.poketrace.TierHistoryQuery;
import io.cardvault.application.port.in.poketrace.TierHistoryRow;
import io.cardvault.domain.price.Region;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /v1/cards}, {@code /v1/cards/{id}} and {@code /v1/cards/{id}/prices/{tier}/history}:
 * PokeTrace's card routes over the catalogue. Lists walk by key with signed cursors whose tag
 * covers the filters; the market defaults to US.
 */
@Path("/v1/cards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "PokeTrace-compatible API (/v1)")
public class PokeTraceCardsResource {

    static final String CARDS = "cards";
    static final String HISTORY = "history";

    private final ListMarketCardsUseCase list;
    private final GetMarketCardUseCase get;
    private final GetTierHistoryUseCase history;
    private final PokeTraceCursors cursors;

    @Inject
    public PokeTraceCardsResource(ListMarketCardsUseCase list, GetMarketCardUseCase get, GetTierHistoryUseCase history,
                                  PokeTraceCursors cursors) {
        this.list = list;
        this.get = get;
        this.history = history;
        this.cursors = cursors;
    }

    /** For CDI's client proxy only. */
    protected PokeTraceCardsResource() {
        this(null, null, null, null);
    }

    @GET
    @Operation(summary = "Cards of one market (US: TCGplayer and eBay, USD; EU: Cardmarket, EUR), by cursor")
    public Response cards(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor, @QueryParam("set") String set,
                          @QueryParam("search") String search, @QueryParam("card_number") String cardNumber,
                          @QueryParam("variant") String variant, @QueryParam("market") String market,
                          @QueryParam("has_graded") String hasGraded, @Context HttpServletRequest request) {
        int size = PokeTraceParameters.limit(limit);
        Region region = market(market);
        boolean graded = PokeTraceParameters.flag("has_graded", hasGraded);
        Optional<String> setSlug = PokeTraceParameters.text(set);
        Optional<String> searched = PokeTraceParameters.text(search);
        Optional<String> number = PokeTraceParameters.text(cardNumber);
        Optional<String> finish = PokeTraceParameters.text(variant);
        String scope = String.join("\u001f", region.name(), setSlug.orElse(""), searched.orElse(""), number.orElse(""),
                finish.orElse(""), Boolean.toString(graded));
        long after = PokeTraceParameters.cursor(cursors, CARDS, scope, cursor).map(Long::parseLong).orElse(0L);
        KeyedPage<MarketCardSummary, Long> page = list.list(new ListMarketCardsQuery(PokeTraceCallers.plan(request), region,
                setSlug, searched, number, finish, graded, after, size));
        return PokeTraceJson.ok(PokeTraceJson.page(page.items(), PokeTraceJson::card,
                page.nextAfter().map(key -> cursors.write(CARDS, scope, Long.toString(key)))));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One card with its prices by source and tier")
    public Response card(@PathParam("id") String id, @Context HttpServletRequest request) {
        return PokeTraceJson.ok(PokeTraceJson.detail(get.get(PokeTraceCallers.plan(request), id)));
    }

    @GET
    @Path("/{id}/prices/{tier}/history")
    @Operation(summary = "One tier's daily prices (NEAR_MINT, PSA_10…), newest first, by cursor")
    public Response history(@PathParam("id") String id, @PathParam("tier") String tier, @QueryParam("period") String period,
                            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
                            @Context HttpServletRequest request) {
        int size = PokeTraceParameters.limit(limit);
        PriceTier priceTier = PriceTier.parse(tier).orElseThrow(() -> new BadParameterException("tier",
                "Tier must be a condition (NEAR_MINT, LIGHTLY_PLAYED, MODERATELY_PLAYED, HEAVILY_PLAYED, DAMAGED) "
                        + "or a grade such as PSA_10 or BGS_9_5"));
        HistoryPeriod window = PokeTraceParameters.text(period).map(code -> HistoryPeriod.find(code.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new BadParameterException("period", "Period must be one of 7d, 30d, 90d, 1y, all")))
                .orElse(HistoryPeriod.DAYS_30);
        String scope = String.join("\u001f", id, priceTier.name(), window.code());
        Optional<HistoryKey> after = PokeTraceParameters.cursor(cursors, HISTORY, scope, cursor).map(PokeTraceCardsResource::historyKey);
        KeyedPage<TierHistoryRow, HistoryKey> page = history.history(new TierHistoryQuery(PokeTraceCallers.plan(request), id,
                priceTier, window, after, size));
        return PokeTraceJson.ok(PokeTraceJson.page(page.items(), PokeTraceJson::historyRow,
                page.nextAfter().map(key -> cursors.write(HISTORY, scope, key.date() + "|" + key.source()))));
    }

    private static Region market(String text) {
        if (text == null || text.isBlank()) {
            return Region.US;
        }
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "US" -> Region.US;
            case "EU" -> Region.EU;
            default -> throw new BadParameterException("market", "Market must be US or EU");
        };
    }

    /** A signed cursor's key: its tag proved this server wrote it, so a bad one is a bug, still answered as a bad cursor. */
    private static HistoryKey historyKey(String key) {
        int bar = key.indexOf('|');
        try {
            return new HistoryKey(LocalDate.parse(key.substring(0, Math.max(bar, 0))), key.substring(bar + 1));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new BadParameterException("cursor", "The cursor is not one this list issued: start again without it");
        }
    }
}
