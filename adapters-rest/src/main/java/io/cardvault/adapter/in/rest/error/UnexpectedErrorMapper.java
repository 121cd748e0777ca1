package io.cardvault.adapter.in.rest.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything no other mapper claims is a bug on our side: logged in full with an incident id,
 * answered as 500 with that id and no stack trace, so a user's report can be matched to the log.
 * A client's mistake that reaches this mapper only because the runtime wrapped it (a refused body
 * inside the runtime's reader failure) is answered as that mistake; a database out of reach, wrapped
 * by whichever layer met it, is the 503 {@code csm_data_unavailable}.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        return BodyErrorMappers.answer(exception).or(() -> DataUnavailable.answer(exception))
                .orElseGet(() -> internalError(exception));
    }

    static Response internalError(Throwable exception) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, exception);
        return ErrorResponse.of(Response.Status.INTERNAL_SERVER_ERROR, "Internal Server Error (incident " + incident + ")");
    }
}
