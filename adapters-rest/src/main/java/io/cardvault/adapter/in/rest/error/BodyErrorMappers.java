package io.cardvault.adapter.in.rest.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;

/**
 * The request-body error family: a body that could not be read is 400 (413 when too large) with
 * {@code {"detail": …}}; a JSON body of the wrong shape is 422 in the validation list shape. The
 * runtime may hand these on wrapped in its own reader failure, so {@link #answer} also serves the
 * catch-all mappers, which look for them along the cause chain.
 */
public final class BodyErrorMappers {

    private BodyErrorMappers() {
    }

    /** 400 or 413 with the refusal's own words. */
    @Provider
    public static class Unreadable implements ExceptionMapper<UnreadableBodyException> {
        @Override
        public Response toResponse(UnreadableBodyException exception) {
            return ErrorResponse.of(exception.status(), exception.getMessage());
        }
    }

    /** 422 with one entry per field of the wrong type. */
    @Provider
    public static class Invalid implements ExceptionMapper<InvalidBodyException> {
        @Override
        public Response toResponse(InvalidBodyException exception) {
            return ValidationErrorResponse.of(exception.errors());
        }
    }

    /** The answer for a client's mistake found anywhere along {@code failure}'s causes; empty when it holds none. */
    static Optional<Response> answer(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnreadableBodyException unreadable) {
                return Optional.of(ErrorResponse.of(unreadable.status(), unreadable.getMessage()));
            } else if (cause instanceof InvalidBodyException invalid) {
                return Optional.of(ValidationErrorResponse.of(invalid.errors()));
            } else if (cause instanceof InvalidParameterException invalid) {
                return Optional.of(ValidationErrorResponse.of(List.of(invalid.error())));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
