package io.cardvault.adapter.in.rest.catalogue;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.adapter.in.rest.error.FieldError;
import io.cardvault.adapter.in.rest.error.InvalidParameterException;
import io.cardvault.application.port.in.catalogue.CardComparison;
import io.cardvault.application.port.in.catalogue.CompareCardsUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/compare?ids=1,2,3}: several cards side by side. */
@Path("/api/compare")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Legacy catalogue")
public class CompareResource {

    private final CompareCardsUseCase compareCards;

    @Inject
    public CompareResource(CompareCardsUseCase compareCards) {
        this.compareCards = compareCards;
    }

    /** For CDI's client proxy only. */
    protected CompareResource() {
        this.compareCards = null;
    }

    @GET
    @Operation(summary = "Compare cards", description = "Up to " + CompareCardsUseCase.MAX_CARDS + " comma-separated "
            + "card ids; repeated ids count once. items keep the order asked; ids that name no card are in not_found.")
    @APIResponse(responseCode = "200", description = "The cards",
            content = @Content(schema = @Schema(implementation = LegacyResponses.CompareResponse.class)))
    @APIResponse(responseCode = "422", description = "ids missing, not positive integers, or too many")
    public LegacyResponses.CompareResponse compare(
            @Parameter(description = "e.g. 891,11172,9669") @QueryParam("ids") @NotNull String ids) {
        CardComparison comparison = compareCards.compare(parse(ids).stream().map(CardId::new).toList());
        return new LegacyResponses.CompareResponse(comparison.cards().stream().map(LegacyResponses.CardDetail::from).toList(),
                comparison.missing().stream().map(CardId::value).toList());
    }

    static List<Long> parse(String ids) {
        List<Long> parsed = new ArrayList<>();
        for (String part : ids.split(",", -1)) {
            String id = part.strip();
            if (!id.matches("[1-9][0-9]{0,17}")) {
                throw invalid("value is not a valid list of positive integers", "type_error.integer");
            }
            parsed.add(Long.parseLong(id));
        }
        if (parsed.stream().distinct().count() > CompareCardsUseCase.MAX_CARDS) {
            throw invalid("ensure this value has at most " + CompareCardsUseCase.MAX_CARDS + " items",
                    "value_error.list.max_items");
        }
        return parsed;
    }

    private static InvalidParameterException invalid(String msg, String type) {
        return new InvalidParameterException(new FieldError(List.of("query", "ids"), msg, type));
    }
}
