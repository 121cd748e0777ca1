package io.cardvault.adapter.in.rest.collection;

import io.cardvault.adapter.in.rest.account.RequestCaller;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.adapter.in.rest.error.ValidationErrorResponse;
import io.cardvault.application.port.in.collection.DeletePriceAlertUseCase;
import io.cardvault.application.port.in.collection.ListPriceAlertsUseCase;
import io.cardvault.application.port.in.collection.PriceAlertNotFoundException;
import io.cardvault.application.port.in.collection.SetPriceAlertCommand;
import io.cardvault.application.port.in.collection.SetPriceAlertUseCase;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.PriceAlertId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /alerts}: the caller's price alerts, by session cookie or API key. An alert fires once, when
 * a new price crosses its target; another user's alert id is 404, as if it did not exist.
 */
@Path("/alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Price alerts")
@APIResponse(responseCode = "401", description = "Not signed in",
        content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
public class PriceAlertsResource {

    private final ListPriceAlertsUseCase list;
    private final SetPriceAlertUseCase set;
    private final DeletePriceAlertUseCase delete;

    @Inject
    public PriceAlertsResource(ListPriceAlertsUseCase list, SetPriceAlertUseCase set, DeletePriceAlertUseCase delete) {
        this.list = list;
        this.set = set;
        this.delete = delete;
    }

    /** For CDI's client proxy only. */
    protected PriceAlertsResource() {
        this(null, null, null);
    }

    @GET
    @Operation(summary = "Your price alerts", description = "Active and triggered, newest first.")
    @APIResponse(responseCode = "200", description = "The alerts",
            content = @Content(schema = @Schema(implementation = PriceAlertListResponse.class)))
    public PriceAlertListResponse alerts(@Context HttpServletRequest request) {
        return new PriceAlertListResponse(list.alerts(RequestCaller.requireAccount(request)).stream()
                .map(PriceAlertResponse::from).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a price alert",
            description = "Fires once when a new price is at or under (below, the default) or at or over (above) the target, "
                    + "compared in the alert's currency (EUR by default) through the ECB rates.")
    @APIResponse(responseCode = "201", description = "The alert",
            content = @Content(schema = @Schema(implementation = PriceAlertResponse.class)))
    @APIResponse(responseCode = "409", description = "An active alert with this card, condition and target price exists",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "422", description = "Unknown card, bad target_price, condition or currency",
            content = @Content(schema = @Schema(implementation = ValidationErrorResponse.class)))
    public Response create(@Valid @NotNull SetPriceAlertRequest body, @Context HttpServletRequest request) {
        var created = set.set(SetPriceAlertCommand.of(RequestCaller.requireAccount(request), new CardId(body.cardId()),
                body.targetPrice(), Optional.ofNullable(body.condition()), Optional.ofNullable(body.currency())));
        return Response.status(Response.Status.CREATED).entity(PriceAlertResponse.from(created)).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a price alert")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such alert of yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Response delete(@PathParam("id") long id, @Context HttpServletRequest request) {
        var owner = RequestCaller.requireAccount(request);
        if (id <= 0) {
            throw new PriceAlertNotFoundException(); // no alert has that id
        }
        delete.delete(owner, new PriceAlertId(id));
        return Response.noContent().build();
    }
}
