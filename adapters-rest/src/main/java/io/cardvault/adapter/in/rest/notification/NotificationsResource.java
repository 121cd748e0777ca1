package io.cardvault.adapter.in.rest.notification;

import io.cardvault.adapter.in.rest.account.RequestCaller;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.adapter.in.rest.error.ValidationErrorResponse;
import io.cardvault.application.port.in.notification.CountUnreadNotificationsUseCase;
import io.cardvault.application.port.in.notification.ListNotificationsUseCase;
import io.cardvault.application.port.in.notification.MarkNotificationsReadCommand;
import io.cardvault.application.port.in.notification.MarkNotificationsReadUseCase;
import io.cardvault.application.port.in.notification.NotificationPageQuery;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.collection.Notification;
import io.cardvault.domain.collection.NotificationId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/notifications}: the caller's feed (alert triggers, wishes under their price, messages,
 * offers, orders, listings) with per-kind unread counters.
 */
@Path("/api/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
@APIResponse(responseCode = "401", description = "Not signed in",
        content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
public class NotificationsResource {

    private final ListNotificationsUseCase list;
    private final CountUnreadNotificationsUseCase counts;
    private final MarkNotificationsReadUseCase mark;

    @Inject
    public NotificationsResource(ListNotificationsUseCase list, CountUnreadNotificationsUseCase counts,
                                 MarkNotificationsReadUseCase mark) {
        this.list = list;
        this.counts = counts;
        this.mark = mark;
    }

    /** For CDI's client proxy only. */
    protected NotificationsResource() {
        this(null, null, null);
    }

    @GET
    @Operation(summary = "Your notifications", description = "Newest first, with the feed's total.")
    @APIResponse(responseCode = "200", description = "A page of the feed",
            content = @Content(schema = @Schema(implementation = NotificationPageResponse.class)))
    @APIResponse(responseCode = "422", description = "limit outside 1–200 or a negative offset",
            content = @Content(schema = @Schema(implementation = ValidationErrorResponse.class)))
    public NotificationPageResponse notifications(
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(NotificationPageQuery.MAX_LIMIT) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            @Context HttpServletRequest request) {
        Slice<Notification> page = list.notifications(new NotificationPageQuery(RequestCaller.requireAccount(request),
                limit, offset));
        return new NotificationPageResponse(page.items().stream().map(NotificationResponse::from).toList(), page.total(),
                limit, offset);
    }

    @GET
    @Path("/unread-counts")
    @Operation(summary = "Your unread notifications per kind", description = "Every kind is present, 0 when none.")
    @APIResponse(responseCode = "200", description = "The counters and their total",
            content = @Content(schema = @Schema(implementation = UnreadCountsResponse.class)))
    public UnreadCountsResponse unreadCounts(@Context HttpServletRequest request) {
        return UnreadCountsResponse.from(counts.unreadCounts(RequestCaller.requireAccount(request)));
    }

    @POST
    @Path("/read")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark notifications read", description = "Give {\"ids\": […]} (at most 500) or {\"all\": true}; "
            + "ids of notifications that are not yours change nothing.")
    @APIResponse(responseCode = "200", description = "How many changed from unread to read",
            content = @Content(schema = @Schema(implementation = MarkReadResponse.class)))
    @APIResponse(responseCode = "422", description = "Neither ids nor all, both, or a bad id",
            content = @Content(schema = @Schema(implementation = ValidationErrorResponse.class)))
    public MarkReadResponse markRead(@Valid @NotNull MarkReadRequest body, @Context HttpServletRequest request) {
        AccountId owner = RequestCaller.requireAccount(request);
        Set<NotificationId> ids = new LinkedHashSet<>();
        for (Long id : body.ids() == null ? List.<Long>of() : body.ids()) {
            ids.add(new NotificationId(id));
        }
        return new MarkReadResponse(true, mark.markRead(new MarkNotificationsReadCommand(owner, ids,
                Boolean.TRUE.equals(body.all()))));
    }
}
