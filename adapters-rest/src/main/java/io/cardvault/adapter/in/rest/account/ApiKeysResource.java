package io.cardvault.adapter.in.rest.account;

import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.adapter.in.rest.error.TypedParameterConverters;
import io.cardvault.adapter.in.rest.error.ValidationErrorResponse;
import io.cardvault.application.port.in.account.CreateApiKeyCommand;
import io.cardvault.application.port.in.account.CreateApiKeyUseCase;
import io.cardvault.application.port.in.account.ListApiKeysUseCase;
import io.cardvault.application.port.in.account.RevokeApiKeyUseCase;
import io.cardvault.application.port.in.account.UpdateApiKeyCommand;
import io.cardvault.application.port.in.account.UpdateApiKeyUseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.ApiKeyId;
import io.cardvault.domain.account.InvalidAccountDataException;
import io.cardvault.domain.account.Tier;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/keys}: the signed-in user's API keys. Only a session may manage keys (a key cannot
 * mint or revoke keys: 403); another user's key id is 404, as if it did not exist.
 */
@Path("/api/keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API keys")
@APIResponse(responseCode = "401", description = "Not signed in",
        content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
public class ApiKeysResource {

    private final ListApiKeysUseCase list;
    private final CreateApiKeyUseCase create;
    private final UpdateApiKeyUseCase update;
    private final RevokeApiKeyUseCase revoke;

    @Inject
    public ApiKeysResource(ListApiKeysUseCase list, CreateApiKeyUseCase create, UpdateApiKeyUseCase update,
                           RevokeApiKeyUseCase revoke) {
        this.list = list;
        this.create = create;
        this.update = update;
        this.revoke = revoke;
    }

    /** For CDI's client proxy only. */
    protected ApiKeysResource() {
        this(null, null, null, null);
    }

    @GET
    @Operation(summary = "Your API keys", description = "Prefixes only; a key's secret is shown once, at creation.")
    @APIResponse(responseCode = "200", description = "The keys, oldest first",
            content = @Content(schema = @Schema(implementation = ApiKeyListResponse.class)))
    public ApiKeyListResponse keys(@Context HttpServletRequest request) {
        return new ApiKeyListResponse(list.keys(RequestCaller.requireSession(request)).stream()
                .map(ApiKeyResponse::from).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API key",
            description = "Returns the key (csm_…) this once; store it. The tier defaults to yours and may not exceed it.")
    @APIResponse(responseCode = "201", description = "Created; the key field is never shown again",
            content = @Content(schema = @Schema(implementation = CreatedApiKeyResponse.class)))
    @APIResponse(responseCode = "403", description = "Your tier's key limit is reached",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "422", description = "Bad name, tier or expires_at",
            content = @Content(schema = @Schema(implementation = ValidationErrorResponse.class)))
    public Response create(@Valid @NotNull CreateApiKeyRequest body, @Context HttpServletRequest request) {
        AccountId owner = RequestCaller.requireSession(request);
        Tier tier = body.tier() == null ? null : Tier.fromSlug(body.tier())
                .orElseThrow(() -> new InvalidAccountDataException("tier", "unknown tier: " + body.tier()));
        return Response.status(Response.Status.CREATED)
                .entity(CreatedApiKeyResponse.from(create.create(
                        new CreateApiKeyCommand(owner, body.name(), tier, expiry(body.expiresAt())))))
                .build();
    }

    private static Instant expiry(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant expiry;
        try {
            expiry = OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                expiry = Instant.parse(text.strip());
            } catch (DateTimeParseException again) {
                throw new InvalidAccountDataException("expires_at", "invalid datetime format");
            }
        }
        // "+999999999-12-31T23:59:59Z" parses; no database column holds it
        LocalDate day = LocalDate.ofInstant(expiry, ZoneOffset.UTC);
        if (day.isBefore(TypedParameterConverters.EARLIEST_DATE) || day.isAfter(TypedParameterConverters.LATEST_DATE)) {
            throw new InvalidAccountDataException("expires_at", "ensure this datetime is between "
                    + TypedParameterConverters.EARLIEST_DATE + " and " + TypedParameterConverters.LATEST_DATE);
        }
        return expiry;
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename or (de)activate an API key", description = "A deactivated key answers 401 until reactivated.")
    @APIResponse(responseCode = "200", description = "The updated key",
            content = @Content(schema = @Schema(implementation = ApiKeyResponse.class)))
    @APIResponse(responseCode = "404", description = "No such key of yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public ApiKeyResponse update(@PathParam("id") @Min(1) long id, @Valid @NotNull UpdateApiKeyRequest body,
                                 @Context HttpServletRequest request) {
        return ApiKeyResponse.from(update.update(new UpdateApiKeyCommand(RequestCaller.requireSession(request),
                new ApiKeyId(id), Optional.ofNullable(body.name()), Optional.ofNullable(body.isActive()))));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an API key", description = "Its next use answers 401.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such key of yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Response delete(@PathParam("id") @Min(1) long id, @Context HttpServletRequest request) {
        revoke.revoke(RequestCaller.requireSession(request), new ApiKeyId(id));
        return Response.noContent().build();
    }
}
