package io.cardvault.adapter.in.rest.poketrace;

import io.cardvault.application.port.in.poketrace.GetApiKeyInfoUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /v1/auth/info}: the calling key and its account's plan usage (after this call, which counts). */
@Path("/v1/auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "PokeTrace-compatible API (/v1)")
public class PokeTraceAuthResource {

    private final GetApiKeyInfoUseCase info;

    @Inject
    public PokeTraceAuthResource(GetApiKeyInfoUseCase info) {
        this.info = info;
    }

    /** For CDI's client proxy only. */
    protected PokeTraceAuthResource() {
        this(null);
    }

    @GET
    @Path("/info")
    @Operation(summary = "The API key, its plan, and the requests left today")
    public Response info(@Context HttpServletRequest request) {
        return PokeTraceJson.ok(PokeTraceJson.keyInfo(info.info(PokeTraceCallers.caller(request)), PokeTraceCallers.usage(request)));
    }
}
