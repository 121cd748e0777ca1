package io.cardvault.adapter.in.rest.account;

import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.adapter.in.rest.error.ValidationErrorResponse;
import io.cardvault.application.port.in.account.CancelAccountDeletionUseCase;
import io.cardvault.application.port.in.account.ChangePasswordCommand;
import io.cardvault.application.port.in.account.ChangePasswordUseCase;
import io.cardvault.application.port.in.account.RequestAccountDeletionUseCase;
import io.cardvault.domain.account.AccountId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /account/*}: the signed-in owner changes the password or deletes the account (24 h grace,
 * cancellable, signing in still works meanwhile). Session only: an API key is 403, nobody 401.
 */
@Path("/account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
@APIResponse(responseCode = "401", description = "Not signed in",
        content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
@APIResponse(responseCode = "403", description = "An API key instead of a session, or a cross-site request",
        content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
public class AccountResource {

    private final ChangePasswordUseCase changePassword;
    private final RequestAccountDeletionUseCase requestDeletion;
    private final CancelAccountDeletionUseCase cancelDeletion;

    @Inject
    public AccountResource(ChangePasswordUseCase changePassword, RequestAccountDeletionUseCase requestDeletion,
                           CancelAccountDeletionUseCase cancelDeletion) {
        this.changePassword = changePassword;
        this.requestDeletion = requestDeletion;
        this.cancelDeletion = cancelDeletion;
    }

    /** For CDI's client proxy only. */
    protected AccountResource() {
        this(null, null, null);
    }

    @POST
    @Path("/password")
    @Operation(summary = "Change your password",
            description = "current_password must match; new_password at least 8 characters, not blank, not a common "
                    + "password. Ends every other session of the account and renews this one's cookie.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = OkResponse.class)))
    @APIResponse(responseCode = "400", description = "current_password is wrong",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "422", description = "new_password breaks the rules",
            content = @Content(schema = @Schema(implementation = ValidationErrorResponse.class)))
    public OkResponse changePassword(@Valid @NotNull ChangePasswordRequest body, @Context HttpServletRequest request) {
        AccountId account = RequestCaller.requireSession(request);
        changePassword.changePassword(new ChangePasswordCommand(account, body.currentPassword(), body.newPassword()));
        RequestCaller.startSession(request, account);
        return OkResponse.OK;
    }

    @POST
    @Path("/delete")
    @Operation(summary = "Delete your account after a 24 h grace period",
            description = "confirm must equal \"DELETE <username>\". Until delete_after you can sign in and cancel; "
                    + "then the account, its keys and its personal data are removed.")
    @APIResponse(responseCode = "200", description = "Flagged for deletion",
            content = @Content(schema = @Schema(implementation = AccountDeletionResponse.class)))
    @APIResponse(responseCode = "400", description = "confirm does not match",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public AccountDeletionResponse delete(@Valid @NotNull DeletionConfirmRequest body,
                                          @Context HttpServletRequest request) {
        return AccountDeletionResponse.from(
                requestDeletion.requestDeletion(RequestCaller.requireSession(request), body.confirm()));
    }

    @POST
    @Path("/delete/cancel")
    @Operation(summary = "Cancel a pending account deletion", description = "confirm must equal \"DELETE <username>\".")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(implementation = OkResponse.class)))
    @APIResponse(responseCode = "400", description = "confirm does not match, or no deletion is pending",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public OkResponse cancel(@Valid @NotNull DeletionConfirmRequest body, @Context HttpServletRequest request) {
        cancelDeletion.cancelDeletion(RequestCaller.requireSession(request), body.confirm());
        return OkResponse.OK;
    }
}
