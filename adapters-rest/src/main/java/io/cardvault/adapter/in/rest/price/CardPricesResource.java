package io.cardvault.adapter.in.rest.price;

import io.cardvault.application.port.in.catalogue.CatalogueIds;
import io.cardvault.adapter.in.rest.error.FieldError;
import io.cardvault.adapter.in.rest.error.InvalidParameterException;
import io.cardvault.application.port.in.price.GetPriceChartUseCase;
import io.cardvault.application.port.in.price.GetPriceHistoryUseCase;
import io.cardvault.application.port.in.price.GetPricePerformanceUseCase;
import io.cardvault.application.port.in.price.GetPricedCardUseCase;
import io.cardvault.application.port.in.price.GetSoldCompsUseCase;
import io.cardvault.application.port.in.price.ListNewestPricesUseCase;
import io.cardvault.application.port.in.price.ListPriceSnapshotsUseCase;
import io.cardvault.application.port.in.price.ListPricesInRangeUseCase;
import io.cardvault.application.port.in.price.ListSalesUseCase;
import io.cardvault.application.port.in.price.PerformancePeriod;
import io.cardvault.application.port.in.price.PricedCard;
import io.cardvault.application.port.in.price.SalesQuery;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The legacy per-card price routes under {@code /api/cards/{card_id}}: prices, history, chart,
 * snapshots, eBay sold comps, sales, raw rows and performance. Unknown card: 404 "Card not found".
 */
@Path("/api/cards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prices")
public class CardPricesResource {

    /** The chart is a heavy read that changes daily: the spec caches it 10 minutes. */
    static final String CHART_CACHE = "public, max-age=600";

    private final GetPricedCardUseCase pricedCard;
    private final GetPriceHistoryUseCase history;
    private final GetPriceChartUseCase chart;
    private final ListPriceSnapshotsUseCase snapshots;
    private final GetSoldCompsUseCase soldComps;
    private final ListSalesUseCase sales;
    private final ListNewestPricesUseCase newest;
    private final ListPricesInRangeUseCase range;
    private final GetPricePerformanceUseCase performance;

    @Inject
    public CardPricesResource(GetPricedCardUseCase pricedCard, GetPriceHistoryUseCase history, GetPriceChartUseCase chart,
                              ListPriceSnapshotsUseCase snapshots, GetSoldCompsUseCase soldComps, ListSalesUseCase sales,
                              ListNewestPricesUseCase newest, ListPricesInRangeUseCase range,
                              GetPricePerformanceUseCase performance) {
        this.pricedCard = pricedCard;
        this.history = history;
        this.chart = chart;
        this.snapshots = snapshots;
        this.soldComps = soldComps;
        this.sales = sales;
        this.newest = newest;
        this.range = range;
        this.performance = performance;
    }

    /** For CDI's client proxy only. */
    protected CardPricesResource() {
        this(null, null, null, null, null, null, null, null, null);
    }

    @GET
    @Path("{card_id}/prices")
    @Operation(summary = "One row per source and variant", description = "market_price is the source's headline "
            + "(Cardmarket trend, TCGplayer market, PriceCharting loose, eBay last sold); low/high when published.")
    @APIResponse(responseCode = "200", description = "The card's price rows",
            content = @Content(schema = @Schema(implementation = LegacyPriceRows.CardPricesResponse.class)))
    @APIResponse(responseCode = "404", description = "Card not found")
    public LegacyPriceRows.CardPricesResponse prices(@PathParam("card_id") long cardId) {
        PricedCard card = pricedCard.pricedCard(CatalogueIds.card(cardId));
        return new LegacyPriceRows.CardPricesResponse(cardId, LegacyPriceRows.sources(card));
    }

    @GET
    @Path("{card_id}/history")
    @Operation(summary = "Daily snapshots and their analysis", description = "One variant (the one named, else the "
            + "best-covered), raw market values per source; analysis per docs/analytics.md.")
    @APIResponse(responseCode = "200", description = "Snapshots and analysis",
            content = @Content(schema = @Schema(implementation = PriceResponses.HistoryResponse.class)))
    @APIResponse(responseCode = "404", description = "Card not found")
    @APIResponse(responseCode = "422", description = "days out of range, unknown source")
    public PriceResponses.HistoryResponse history(@PathParam("card_id") long cardId,
            @QueryParam("days") @DefaultValue("90") @Min(1) @Max(GetPriceHistoryUseCase.MAX_DAYS) int days,
            @QueryParam("source") @Size(max = 32) String source,
            @QueryParam("variant") @Size(max = 64) String variant) {
        return PriceResponses.HistoryResponse.from(cardId,
                history.history(CatalogueIds.card(cardId), days, PriceParams.source(source), PriceParams.text(variant)));
    }

    @GET
    @Path("{card_id}/chart")
    @Operation(summary = "Every chartable line of the card", description = "Keyed variant_grading (normal_raw, "
            + "normal_PSA_10); daily medians across sources; lines under 5 days skipped; most days first.")
    @APIResponse(responseCode = "200", description = "The lines",
            content = @Content(schema = @Schema(implementation = PriceResponses.ChartResponse.class)))
    @APIResponse(responseCode = "404", description = "Card not found")
    public Response chart(@PathParam("card_id") long cardId) {
        return Response.ok(PriceResponses.ChartResponse.from(cardId, chart.chart(CatalogueIds.card(cardId), Optional.empty()), GetPriceChartUseCase.MIN_POINTS))
                .header("Cache-Control", CHART_CACHE).build();
    }

    @GET
    @Path("{card_id}/snapshots")
    @Operation(summary = "Per-day market values of one source", description = "Without source: the card's best-covered source.")
    @APIResponse(responseCode = "200", description = "The points",
            content = @Content(schema = @Schema(implementation = PriceResponses.SnapshotsResponse.class)))
    @APIResponse(responseCode = "404", description = "Card not found")
    @APIResponse(responseCode = "422", description = "days out of 1-365, unknown source")
    public PriceResponses.SnapshotsResponse snapshots(@PathParam("card_id") long cardId,
            @QueryParam("source") @Size(max = 32) String source,
            @QueryParam("variant") @Size(max = 64) String variant,
            @QueryParam("days") @DefaultValue("180") @Min(1) @Max(ListPriceSnapshotsUseCase.MAX_DAYS) int days) {
        Optional<String> variantName = PriceParams.text(variant);
        return PriceResponses.SnapshotsResponse.from(cardId,
                snapshots.snapshots(CatalogueIds.card(cardId), PriceParams.source(source), variantName, days), variantName, days);
    }

    @GET
    @Path("{card_id}/ebay-sales")
    @Operation(summary = "Daily eBay sold-comp averages and the per-grade summary")
    @APIResponse(responseCode = "200", description = "Sold comps",
            content = @Content(schema = @Schema(implementation = PriceResponses.EbaySalesResponse.class)))
    @APIResponse(responseCode = "404", description = "Card not found")
    @APIResponse(responseCode = "422", description = "days out of 1-365, unknown grading company")
    public PriceResponses.EbaySalesResponse ebaySales(@PathParam("card_id") long cardId,
            @QueryParam("days") @DefaultValue("90") @Min(1) @Max(GetSoldCompsUseCase.MAX_DAYS) int days,
            @QueryParam("grading_company") @Size(max = 16) String gradingCompany,
            @QueryParam("grade") @Size(max = 8) String grade) {
        Optional<String> company = PriceParams.text(gradingCompany);
        Optional<String> gradeText = PriceParams.text(grade);
        return PriceResponses.EbaySalesResponse.from(cardId, days, company, gradeText,
                soldComps.soldComps(CatalogueIds.card(cardId), days, PriceParams.gradingCompany(gradingCompany), gradeText));
    }

    @GET
    @Path("{card_id}/sales")
    @Operation(summary = "Sales: per-sale rows, or medians per time bucket", description = "No per-sale rows are "
            + "ingested, so this answers the bucket fallback (source history_buckets): medians of PriceCharting, "
            + "TCGplayer and eBay daily values per day (window up to 30 days), week (up to 180) or 30 days.")
    @APIResponse(responseCode = "200", description = "Sales rows",
            content = @Content(schema = @Schema(implementation = PriceResponses.SalesResponse.class)))
    @APIResponse(responseCode = "404", description = "Card not found")
    @APIResponse(responseCode = "422", description = "window_days out of 1-3650, limit out of 1-500")
    public PriceResponses.SalesResponse sales(@PathParam("card_id") long cardId,
            @QueryParam("window_days") @DefaultValue("30") @Min(1) @Max(SalesQuery.MAX_WINDOW_DAYS) int windowDays,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(SalesQuery.MAX_LIMIT) int limit,
            @QueryParam("grading_company") @Size(max = 16) String gradingCompany,
            @QueryParam("grade") @Size(max = 8) String grade,
            @QueryParam("language") @Size(max = 16) String language,
            @QueryParam("variant") @Size(max = 64) String variant) {
        Optional<String> languageText = PriceParams.text(language);
        Optional<String> variantText = PriceParams.text(variant);
        SalesQuery query = new SalesQuery(CatalogueIds.card(cardId), windowDays, limit, PriceParams.gradingCompany(gradingCompany),
                PriceParams.text(grade), languageText, variantText);
        return PriceResponses.SalesResponse.from(cardId, sales.sales(query), windowDays, languageText, variantText);
    }

    @GET
    @Path("{card_id}/prices/latest")
    @Operation(summary = "Stored price rows, newest first", description = "Outliers and dealer quotes excluded.")
    @APIResponse(responseCode = "200", description = "Rows",
            content = @Content(schema = @Schema(implementation = PriceResponses.LatestPricesResponse.class)))
    @APIResponse(responseCode = "404", description = "Card not found")
    @APIResponse(responseCode = "422", description = "limit out of 1-200, unknown source")
    public PriceResponses.LatestPricesResponse latest(@PathParam("card_id") long cardId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(ListNewestPricesUseCase.MAX_LIMIT) int limit,
            @QueryParam("source") @Size(max = 32) String source,
            @QueryParam("variant") @Size(max = 64) String variant) {
        return PriceResponses.LatestPricesResponse.from(cardId, limit,
                newest.newest(CatalogueIds.card(cardId), PriceParams.source(source), PriceParams.text(variant), limit));
    }

    @GET
    @Path("{card_id}/prices/range")
    @Operation(summary = "Stored price rows between two days", description = "end_date defaults to today, start_date "
            + "to 30 days before end_date; at most 366 days apart.")
    @APIResponse(responseCode = "200", description = "Rows by day",
            content = @Content(schema = @Schema(implementation = PriceResponses.PriceRangeResponse.class)))
    @APIResponse(responseCode = "404", description = "Card not found")
    @APIResponse(responseCode = "422", description = "start after end, span over 366 days, bad date, unknown source")
    public PriceResponses.PriceRangeResponse range(@PathParam("card_id") long cardId,
            @QueryParam("start_date") LocalDate startDate,
            @QueryParam("end_date") LocalDate endDate,
            @QueryParam("source") @Size(max = 32) String source) {
        LocalDate to = endDate != null ? endDate : LocalDate.now(Clock.systemUTC());
        LocalDate from = startDate != null ? startDate : to.minusDays(ListPricesInRangeUseCase.DEFAULT_SPAN_DAYS);
        if (from.isAfter(to)) {
            throw new InvalidParameterException(new FieldError(List.of("query", "start_date"),
                    "start_date must not be after end_date", "value_error.date.range"));
        }
        if (ChronoUnit.DAYS.between(from, to) > ListPricesInRangeUseCase.MAX_SPAN_DAYS) {
            throw new InvalidParameterException(new FieldError(List.of("query", "start_date"),
                    "the range spans at most " + ListPricesInRangeUseCase.MAX_SPAN_DAYS + " days", "value_error.date.range"));
        }
        return PriceResponses.PriceRangeResponse.from(cardId, from, to,
                range.inRange(CatalogueIds.card(cardId), from, to, PriceParams.source(source)));
    }

    @GET
    @Path("{card_id}/performance")
    @Operation(summary = "How each source's raw market value moved over a period")
    @APIResponse(responseCode = "200", description = "Per source and variant",
            content = @Content(schema = @Schema(implementation = PriceResponses.PerformanceResponse.class)))
    @APIResponse(responseCode = "404", description = "Card not found")
    @APIResponse(responseCode = "422", description = "period not one of 7d, 30d, 90d, 1y")
    public PriceResponses.PerformanceResponse performance(@PathParam("card_id") long cardId,
            @QueryParam("period") @DefaultValue("30d") String period) {
        PerformancePeriod chosen = PriceParams.oneOf("period", period, PerformancePeriod::find,
                Arrays.stream(PerformancePeriod.values()).map(PerformancePeriod::code).toList());
        return PriceResponses.PerformanceResponse.from(cardId, chosen.code(), performance.performance(CatalogueIds.card(cardId), chosen));
    }
}
