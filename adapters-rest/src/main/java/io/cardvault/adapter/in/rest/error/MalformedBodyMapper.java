package io.cardvault.adapter.in.rest.error;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A processing failure the runtime raised around a body: a refusal of {@link RequestBodyGuard}
 * it wrapped is answered as that refusal; a JSON failure that got past the guard is 400 in the
 * guard's words. Any other processing failure is ours and answered as an unexpected error.
 */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<ProcessingException> {

    private static final Logger LOG = Logger.getLogger(MalformedBodyMapper.class.getName());

    @Override
    public Response toResponse(ProcessingException exception) {
        Optional<Response> refused = BodyErrorMappers.answer(exception);
        if (refused.isPresent()) {
            return refused.get();
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                LOG.log(Level.FINE, "Malformed request body", exception);
                return ErrorResponse.of(Response.Status.BAD_REQUEST, RequestBodyGuard.NOT_JSON);
            }
        }
        return UnexpectedErrorMapper.internalError(exception);
    }
}
