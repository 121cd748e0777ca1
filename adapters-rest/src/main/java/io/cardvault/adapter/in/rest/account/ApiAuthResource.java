package io.cardvault.adapter.in.rest.account;

import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.adapter.in.rest.error.ValidationErrorResponse;
import io.cardvault.application.port.in.account.RegisterAccountCommand;
import io.cardvault.application.port.in.account.RegisterAccountUseCase;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.Username;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/auth/register}: the app's sign-up, with display name and country. */
@Path("/api/auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Auth")
public class ApiAuthResource {

    private final RegisterAccountUseCase register;

    @Inject
    public ApiAuthResource(RegisterAccountUseCase register) {
        this.register = register;
    }

    /** For CDI's client proxy only. */
    protected ApiAuthResource() {
        this(null);
    }

    @POST
    @Path("/register")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account with display name and country, and sign in",
            description = "As /auth/register, plus optional display_name (≤ 60) and country (ISO 3166-1 alpha-2).")
    @APIResponse(responseCode = "201", description = "Created and signed in",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "409", description = "Username or email already registered",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "422", description = "A field breaks the rules",
            content = @Content(schema = @Schema(implementation = ValidationErrorResponse.class)))
    public Response register(@Valid @NotNull RegisterRequest body, @Context HttpServletRequest request) {
        return AuthResource.registered(register.register(new RegisterAccountCommand(new Username(body.username()),
                new EmailAddress(body.email()), body.password(), body.displayName(), body.country())), request);
    }
}
