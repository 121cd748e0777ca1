package io.cardvault.adapter.in.rest.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * HTTP-level failures raised by the JAX-RS runtime: an unknown route (404), a wrong method (405,
 * keeping its {@code Allow} header), an unacceptable media type. The detail is the status's
 * standard phrase, as FastAPI words it; the runtime's own message never leaves the server. A
 * parameter that failed conversion, or a refused body, arrives here wrapped, and leaves as its own answer.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Optional<Response> refused = BodyErrorMappers.answer(exception);
        if (refused.isPresent()) {
            return refused.get();
        }
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        Response.ResponseBuilder answer = Response.fromResponse(ErrorResponse.of(status, status.getReasonPhrase()));
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            answer.header(HttpHeaders.ALLOW, allow);
        }
        return answer.build();
    }
}
