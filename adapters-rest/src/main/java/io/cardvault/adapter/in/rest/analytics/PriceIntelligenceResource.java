package io.cardvault.adapter.in.rest.analytics;

import io.cardvault.application.port.in.catalogue.CatalogueIds;
import io.cardvault.adapter.in.rest.error.CurrencyParameter;
import io.cardvault.application.port.in.analytics.GetCardPriceIntelligenceUseCase;
import io.cardvault.application.port.in.analytics.GetExchangeRateUseCase;
import io.cardvault.application.port.in.analytics.ListSourcePricesUseCase;
import io.cardvault.application.port.in.analytics.PriceIntelligenceQuery;
import io.cardvault.application.port.in.analytics.SourcePriceQuery;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Currency;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Cross-source correlation under {@code /api/price-intelligence}: one EUR price per card, per-source values, FX. */
@Path("/api/price-intelligence")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Price intelligence")
public class PriceIntelligenceResource {

    static final String FOIL = "nonfoil|foil|etched";
    static final String CONDITION = "NM|LP|MP|HP|DMG";
    /** Deeper pages walk more of the index per request (a page costs its offset): beyond this, narrow the filter. */
    static final int MAX_SOURCES_OFFSET = 10_000;

    private final GetCardPriceIntelligenceUseCase card;
    private final ListSourcePricesUseCase sources;
    private final GetExchangeRateUseCase fx;

    @Inject
    public PriceIntelligenceResource(GetCardPriceIntelligenceUseCase card, ListSourcePricesUseCase sources,
                                     GetExchangeRateUseCase fx) {
        this.card = card;
        this.sources = sources;
        this.fx = fx;
    }

    /** For CDI's client proxy only. */
    protected PriceIntelligenceResource() {
        this(null, null, null);
    }

    @GET
    @Path("cards/{id}")
    @Operation(summary = "Confidence-weighted cross-source price (EUR)", description = "Each source's 30-day median of the "
            + "matching variant, converted to EUR, weighed by source weight and sample size.")
    @APIResponse(responseCode = "200", description = "Price summary (null without data) and source breakdown")
    @APIResponse(responseCode = "404", description = "Card not found")
    @APIResponse(responseCode = "422", description = "a filter outside its values")
    public AnalyticsResponses.PriceIntelligenceResponse card(
            @PathParam("id") long cardId,
            @QueryParam("foil_status") @DefaultValue("nonfoil") @Pattern(regexp = FOIL) String foilStatus,
            @QueryParam("condition") @DefaultValue("NM") @Pattern(regexp = CONDITION) String condition,
            @QueryParam("language") @DefaultValue("en") @Pattern(regexp = "[a-z]{2}(-[a-z]{2,4})?") String language,
            @QueryParam("printing") @DefaultValue("unlimited") @Pattern(regexp = "unlimited|1st_edition") String printing) {
        return AnalyticsResponses.PriceIntelligenceResponse.from(card.intelligence(
                new PriceIntelligenceQuery(CatalogueIds.card(cardId), foilStatus, condition, language, printing)));
    }

    @GET
    @Path("sources")
    @Operation(summary = "Newest value per source and card variant", description = "Cardmarket trend, TCGplayer market, "
            + "PriceCharting loose, eBay last sold (near mint, raw), with the EUR value.")
    @APIResponse(responseCode = "200", description = "A page")
    @APIResponse(responseCode = "422", description = "a filter outside its values, limit outside 1–200, offset outside 0–10000")
    public AnalyticsResponses.ItemsResponse<AnalyticsResponses.SourcePriceItem> sources(
            @QueryParam("source") @Pattern(regexp = "cardmarket|cardtrader|tcgplayer|tcgcsv|ebay|pricecharting|justtcg") String source,
            @QueryParam("foil_status") @Pattern(regexp = FOIL) String foilStatus,
            @QueryParam("condition") @Pattern(regexp = CONDITION) String condition,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(MAX_SOURCES_OFFSET) int offset) {
        Optional<String> code = Optional.ofNullable(source).map(name -> "tcgplayer".equals(name) ? "tcgcsv" : name);
        return AnalyticsResponses.from(sources.list(new SourcePriceQuery(code, Optional.ofNullable(foilStatus),
                Optional.ofNullable(condition), limit, offset)));
    }

    @GET
    @Path("fx")
    @Operation(summary = "Exchange rate", description = "The newest ECB euro reference rate day, crossed through the euro.")
    @APIResponse(responseCode = "200", description = "The rate")
    @APIResponse(responseCode = "404", description = "No reference rate for the currency")
    @APIResponse(responseCode = "422", description = "not an ISO 4217 code")
    public AnalyticsResponses.FxResponse fx(
            @QueryParam("from_currency") @DefaultValue("USD") String from,
            @QueryParam("to_currency") @DefaultValue("EUR") String to) {
        return AnalyticsResponses.FxResponse.from(fx.rate(currency("from_currency", from), currency("to_currency", to)));
    }

    static Currency currency(String parameter, String code) {
        return CurrencyParameter.parse(parameter, code);
    }
}
