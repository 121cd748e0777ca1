package io.cardvault.adapter.in.rest.error;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Bean Validation failures on request parameters and bodies: 422 with one entry per field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return ValidationErrorResponse.of(ConstraintViolations.toFieldErrors(exception.getConstraintViolations()));
    }
}
