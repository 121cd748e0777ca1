package io.cardvault.adapter.in.rest.analytics;

import io.cardvault.application.port.in.catalogue.CatalogueIds;
import io.cardvault.adapter.in.rest.error.FieldError;
import io.cardvault.adapter.in.rest.error.InvalidParameterException;
import io.cardvault.application.port.in.analytics.GetStashScoreUseCase;
import io.cardvault.application.port.in.analytics.GetTrendSummaryUseCase;
import io.cardvault.application.port.in.analytics.PredictCardPriceUseCase;
import io.cardvault.domain.analytics.AnalyticsScope;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.InvalidPriceDataException;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Per-card analytics under {@code /api/cards/{id}}: the side rail, the forecast and the Stash Score (each cached). */
@Path("/api/cards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Market intelligence")
public class CardAnalyticsResource {

    private final GetTrendSummaryUseCase trendSummary;
    private final PredictCardPriceUseCase predict;
    private final GetStashScoreUseCase stashScore;

    @Inject
    public CardAnalyticsResource(GetTrendSummaryUseCase trendSummary, PredictCardPriceUseCase predict,
                                 GetStashScoreUseCase stashScore) {
        this.trendSummary = trendSummary;
        this.predict = predict;
        this.stashScore = stashScore;
    }

    /** For CDI's client proxy only. */
    protected CardAnalyticsResource() {
        this(null, null, null);
    }

    @GET
    @Path("{id}/trend-summary")
    @Operation(summary = "Card-detail side rail", description = "Deltas d1…d365 with anomaly flags, all-time high, 30-day "
            + "sales volume, market verdict, buy/sell spread and velocity for one variant × grading scope; each part null "
            + "without its data. Cached 10 min.")
    @APIResponse(responseCode = "200", description = "The side rail")
    @APIResponse(responseCode = "404", description = "Card not found")
    @APIResponse(responseCode = "422", description = "bad variant, unknown grading company, grade without grading_company")
    public AnalyticsResponses.TrendSummaryResponse trendSummary(
            @PathParam("id") long cardId,
            @QueryParam("variant") @DefaultValue("normal") @Pattern(regexp = "[A-Za-z0-9_]{1,40}") String variant,
            @QueryParam("grading_company") String gradingCompany,
            @QueryParam("grade") String grade) {
        return AnalyticsResponses.TrendSummaryResponse.from(
                trendSummary.summary(CatalogueIds.card(cardId), new AnalyticsScope(variant, grading(gradingCompany, grade))));
    }

    @GET
    @Path("{id}/predict")
    @Operation(summary = "Price forecast", description = "Linear regression on the last 90 days of one variant's PriceCharting "
            + "history (else its primary series); confidence low < 10 points, medium 10–19, high ≥ 20. `variant` picks the "
            + "variant like the trend summary's (default auto: the best-covered one); the answer's `variant` names the one used.")
    @APIResponse(responseCode = "200", description = "The forecast (price fields null without two daily points)")
    @APIResponse(responseCode = "404", description = "Card not found")
    @APIResponse(responseCode = "422", description = "days_ahead outside 7–365, bad variant")
    public AnalyticsResponses.PredictionResponse predict(
            @PathParam("id") long cardId,
            @QueryParam("days_ahead") @DefaultValue("30") @Min(7) @Max(365) int daysAhead,
            @QueryParam("variant") @DefaultValue(AnalyticsScope.AUTO) @Pattern(regexp = "[A-Za-z0-9_]{1,40}") String variant) {
        return AnalyticsResponses.PredictionResponse.from(
                predict.predict(CatalogueIds.card(cardId), AnalyticsScope.raw(variant), daysAhead), daysAhead);
    }

    @GET
    @Path("{id}/stash-score")
    @Operation(summary = "Stash Score", description = "0–100 from price momentum, rarity, liquidity and source agreement "
            + "(25 points each; a component without data is null and left out).")
    @APIResponse(responseCode = "200", description = "The score")
    @APIResponse(responseCode = "404", description = "Card not found")
    public AnalyticsResponses.StashScoreResponse stashScore(@PathParam("id") long cardId) {
        return AnalyticsResponses.StashScoreResponse.from(cardId, stashScore.score(CatalogueIds.card(cardId)));
    }

    static Optional<Grading> grading(String companyText, String grade) {
        boolean noCompany = companyText == null || companyText.isBlank();
        boolean noGrade = grade == null || grade.isBlank();
        if (noCompany) {
            if (!noGrade) {
                throw invalid("grade", "grade requires grading_company", "value_error.missing");
            }
            return Optional.empty();
        }
        GradingCompany company = GradingCompany.find(companyText.strip().toLowerCase(Locale.ROOT))
                .filter(found -> found != GradingCompany.OTHER)
                .orElseThrow(() -> invalid("grading_company", "unknown grading company: " + companyText, "value_error"));
        if (noGrade) {
            throw invalid("grade", "grading_company requires a grade", "value_error.missing");
        }
        try {
            return Optional.of(Grading.of(company, grade));
        } catch (InvalidPriceDataException e) {
            throw invalid("grade", e.getMessage(), "value_error");
        }
    }

    private static InvalidParameterException invalid(String parameter, String message, String type) {
        return new InvalidParameterException(new FieldError(List.of("query", parameter), message, type));
    }
}
