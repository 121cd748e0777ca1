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
 * A request body that is not JSON, or not JSON of the expected shape: 400. Any other processing
 * failure is ours and answered as an unexpected error.
 */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<ProcessingException> {

    static final String MALFORMED_JSON = "Request body is not valid JSON for this route";

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
                return ErrorResponse.of(Response.Status.BAD_REQUEST, MALFORMED_JSON);
            }
        }
        return UnexpectedErrorMapper.internalError(exception);
    }
}
