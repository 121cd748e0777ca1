package io.cardvault.adapter.in.rest.account;

import io.cardvault.adapter.in.http.AdmissionFilter;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.adapter.in.rest.error.ValidationErrorResponse;
import io.cardvault.application.port.in.account.EndAllSessionsUseCase;
import io.cardvault.application.port.in.account.EndSessionUseCase;
import io.cardvault.application.port.in.account.GetAccountUseCase;
import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.application.port.in.account.LogInCommand;
import io.cardvault.application.port.in.account.LogInUseCase;
import io.cardvault.application.port.in.account.RegisterAccountCommand;
import io.cardvault.application.port.in.account.RegisterAccountUseCase;
import io.cardvault.application.port.in.notification.GetNotificationSettingsUseCase;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.Username;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /auth/*}: sign-up, login, logout and the signed-in account, all on the {@code tcg_session} cookie. */
@Path("/auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Auth")
public class AuthResource {

    private final RegisterAccountUseCase register;
    private final LogInUseCase logIn;
    private final GetAccountUseCase accounts;
    private final EndSessionUseCase endSession;
    private final EndAllSessionsUseCase endAllSessions;
    private final GetNotificationSettingsUseCase notificationSettings;

    @Inject
    public AuthResource(RegisterAccountUseCase register, LogInUseCase logIn, GetAccountUseCase accounts,
                        EndSessionUseCase endSession, EndAllSessionsUseCase endAllSessions,
                        GetNotificationSettingsUseCase notificationSettings) {
        this.register = register;
        this.logIn = logIn;
        this.accounts = accounts;
        this.endSession = endSession;
        this.endAllSessions = endAllSessions;
        this.notificationSettings = notificationSettings;
    }

    /** For CDI's client proxy only. */
    protected AuthResource() {
        this(null, null, null, null, null, null);
    }

    @POST
    @Path("/register")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account and sign in",
            description = "username 3-30 characters (lowercased), a valid email, password of at least 8 characters "
                    + "(not blank, not a common password). "
                    + "Sets the tcg_session cookie.")
    @APIResponse(responseCode = "201", description = "Created and signed in",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "409", description = "Username or email already registered",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "422", description = "A field breaks the rules",
            content = @Content(schema = @Schema(implementation = ValidationErrorResponse.class)))
    public Response register(@Valid @NotNull RegisterRequest body, @Context HttpServletRequest request) {
        return registered(register.register(new RegisterAccountCommand(new Username(body.username()),
                new EmailAddress(body.email()), body.password(), null, null)), request);
    }

    static Response registered(Account account, HttpServletRequest request) {
        RequestCaller.startSession(request, account.requireId());
        return Response.status(Response.Status.CREATED).entity(SessionResponse.from(account)).build();
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in with username or email and password", description = "Sets the tcg_session cookie.")
    @APIResponse(responseCode = "200", description = "Signed in",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "401", description = "Wrong username or password",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "429", description = "Too many failed sign-ins for this account or from this address; "
            + "Retry-After says when to try again", content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public SessionResponse login(@Valid @NotNull LoginRequest body, @Context HttpServletRequest request) {
        Account account = logIn.logIn(new LogInCommand(body.username(), body.password(), request.getRemoteAddr()));
        RequestCaller.startSession(request, account.requireId());
        return SessionResponse.from(account);
    }

    @POST
    @Path("/logout")
    @Operation(summary = "Sign out",
            description = "Ends this session on every node (a copy of the cookie no longer signs anyone in) and clears "
                    + "the tcg_session cookie; with everywhere=true every session of the account ends. Works signed "
                    + "in or not.")
    @APIResponse(responseCode = "200", description = "Signed out",
            content = @Content(schema = @Schema(implementation = OkResponse.class)))
    public OkResponse logout(@QueryParam("everywhere") boolean everywhere,
                             @Context HttpServletRequest request) {
        if (everywhere) {
            RequestCaller.session(request).ifPresent(endAllSessions::endAllSessions);
        } else {
            AdmissionFilter.presentedSession(request).ifPresent(endSession::endSession);
        }
        RequestCaller.endSession(request);
        return OkResponse.OK;
    }

    @GET
    @Path("/me")
    @Operation(summary = "The signed-in account", description = "By session cookie or API key. notification_settings "
            + "says per notification kind whether it is also mailed (change it with POST /me/notifications).")
    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(schema = @Schema(implementation = MeResponse.class)))
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public MeResponse me(@Context HttpServletRequest request) {
        return accounts.account(RequestCaller.requireAccount(request))
                .map(account -> MeResponse.from(account, notificationSettings.notificationSettings(account.requireId())))
                .orElseThrow(() -> new InvalidCredentialsException("Not authenticated"));
    }
}
