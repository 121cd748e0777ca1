package io.cardvault.adapter.in.rest.account;

import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.adapter.in.rest.error.FieldError;
import io.cardvault.adapter.in.rest.error.InvalidBodyException;
import io.cardvault.adapter.in.rest.error.ValidationErrorResponse;
import io.cardvault.application.port.in.notification.ChangeNotificationSettingsCommand;
import io.cardvault.application.port.in.notification.ChangeNotificationSettingsUseCase;
import io.cardvault.domain.collection.NotificationKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /me/notifications}: the signed-in collector turns mail on or off per notification kind,
 * shaped like the spec's {@code POST /me/privacy}. Session cookie or API key; the settings are also in
 * {@code /auth/me}.
 */
@Path("/me/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
public class NotificationSettingsResource {

    private static final String KNOWN_KINDS = Arrays.stream(NotificationKind.values()).map(NotificationKind::code)
            .collect(Collectors.joining(", "));

    private final ChangeNotificationSettingsUseCase change;

    @Inject
    public NotificationSettingsResource(ChangeNotificationSettingsUseCase change) {
        this.change = change;
    }

    /** For CDI's client proxy only. */
    protected NotificationSettingsResource() {
        this(null);
    }

    @POST
    @Operation(summary = "Turn notification mails on or off",
            description = "Body: {kind: bool} for the kinds to change (alert_triggered, wishlist_price, new_message, "
                    + "offer_received, order_updated, listing_status); kinds not named keep their setting. Defaults: "
                    + "alert_triggered and wishlist_price are mailed, the others are not.")
    @APIResponse(responseCode = "200", description = "Changed; every kind's setting after the change",
            content = @Content(schema = @Schema(implementation = NotificationSettingsResponse.class)))
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "422", description = "An unknown kind, a value that is not a boolean, or no kind at all",
            content = @Content(schema = @Schema(implementation = ValidationErrorResponse.class)))
    public NotificationSettingsResponse change(@NotNull Map<String, Boolean> body, @Context HttpServletRequest request) {
        return NotificationSettingsResponse.from(change.changeNotificationSettings(
                new ChangeNotificationSettingsCommand(RequestCaller.requireAccount(request), choices(body))));
    }

    private static Map<NotificationKind, Boolean> choices(Map<String, Boolean> body) {
        List<FieldError> errors = new ArrayList<>();
        Map<NotificationKind, Boolean> choices = new EnumMap<>(NotificationKind.class);
        body.forEach((code, mail) -> {
            Optional<NotificationKind> kind = NotificationKind.find(code);
            if (kind.isEmpty()) {
                errors.add(new FieldError(List.of("body", code), "unknown notification kind; known: " + KNOWN_KINDS,
                        "value_error.notification_kind"));
            } else if (mail == null) {
                errors.add(new FieldError(List.of("body", code), "none is not an allowed value",
                        "type_error.none.not_allowed"));
            } else {
                choices.put(kind.get(), mail);
            }
        });
        if (errors.isEmpty() && choices.isEmpty()) {
            errors.add(new FieldError(List.of("body"), "name at least one notification kind", "value_error.missing"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidBodyException(errors);
        }
        return choices;
    }
}
