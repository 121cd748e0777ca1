package io.cardvault.adapter.in.rest.account;

import io.cardvault.adapter.in.rest.error.ErrorResponse;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 403 when an API key reaches a route that needs a signed-in session. */
@Provider
public class SessionRequiredMapper implements ExceptionMapper<SessionRequiredException> {

    @Override
    public Response toResponse(SessionRequiredException exception) {
        return ErrorResponse.of(403, exception.getMessage());
    }
}
