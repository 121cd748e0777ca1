package io.cardvault.adapter.in.rest.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A parameter of the wrong type, when the runtime passes the conversion failure on unwrapped. */
@Provider
public class InvalidParameterMapper implements ExceptionMapper<InvalidParameterException> {

    @Override
    public Response toResponse(InvalidParameterException exception) {
        return ValidationErrorResponse.of(List.of(exception.error()));
    }
}
