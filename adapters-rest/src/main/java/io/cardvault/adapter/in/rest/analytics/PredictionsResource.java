package io.cardvault.adapter.in.rest.analytics;

import io.cardvault.application.port.in.analytics.CardPrediction;
import io.cardvault.application.port.in.analytics.ListTopPredictionsUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The largest forecast rises, from the cluster-shared cache, as JSON written once per distinct answer. */
@Path("/api/predictions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Predictions")
public class PredictionsResource {

    static final int TOP_DAYS_AHEAD = 30;

    private final ListTopPredictionsUseCase top;
    private final RenderedViews rendered;

    @Inject
    public PredictionsResource(ListTopPredictionsUseCase top, RenderedViews rendered) {
        this.top = top;
        this.rendered = rendered;
    }

    /** For CDI's client proxy only. */
    protected PredictionsResource() {
        this(null, null);
    }

    @GET
    @Path("top")
    @Operation(summary = "Top predictions", description = "30-day linear-regression forecasts with medium or high "
            + "confidence (10+ daily points in 90 days), largest predicted rise first.")
    @APIResponse(responseCode = "200", description = "Forecasts",
            content = @Content(schema = @Schema(implementation = AnalyticsResponses.ItemsResponse.class)))
    @APIResponse(responseCode = "422", description = "limit outside 1–50")
    public Response top(@QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit) {
        List<CardPrediction> found = top.top(limit);
        return rendered.json(() -> new AnalyticsResponses.ItemsResponse<>(found.stream()
                .map(prediction -> AnalyticsResponses.PredictionResponse.from(prediction, TOP_DAYS_AHEAD)).toList(),
                found.size(), limit, 0), "predictions", found, limit);
    }
}
