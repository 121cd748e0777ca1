package io.cardvault.adapter.in.rest.error;

import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.CatalogueQueryException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Rejected catalogue reads: a missing entry is 404 in the contract's words ("Card not found"; the
 * legacy routes call a game a TCG, the v2 routes a game), a resolver call without any filter 400.
 */
@Provider
public class CatalogueQueryErrorMapper implements ExceptionMapper<CatalogueQueryException> {

    /** JAX-RS context proxy: the request being answered, to word "game" in the route's vocabulary. */
    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(CatalogueQueryException exception) {
        if (exception instanceof CatalogueEntryNotFoundException notFound) {
            return ErrorResponse.of(Response.Status.NOT_FOUND, detail(notFound));
        }
        return ErrorResponse.of(Response.Status.BAD_REQUEST, exception.getMessage());
    }

    private String detail(CatalogueEntryNotFoundException notFound) {
        return switch (notFound.entry()) {
            case CARD -> "Card not found";
            case VARIANT -> "Variant not found";
            case SET -> "Set not found";
            case SEALED_PRODUCT -> "Sealed product not found";
            case GAME -> isDataApiV2() ? "Game not found" : "TCG not found";
        };
    }

    private boolean isDataApiV2() {
        String path = uriInfo == null ? "" : uriInfo.getPath();
        return path.startsWith("api/v2/") || path.startsWith("/api/v2/");
    }
}
