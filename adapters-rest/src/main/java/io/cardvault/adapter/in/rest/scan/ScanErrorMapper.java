package io.cardvault.adapter.in.rest.scan;

import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.adapter.in.rest.error.FieldError;
import io.cardvault.adapter.in.rest.error.ValidationErrorResponse;
import io.cardvault.domain.scan.InvalidScanDataException;
import io.cardvault.domain.scan.ScanSessionRefusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * The scan-session error family: an unknown session (or another account's) 404, a missing or wrong
 * claim token 401, an act the session's state refuses (a second claim, a photo before the claim or
 * after completion) 409, an expired session 410; all {@code {"detail": …}}. A value breaking a scan
 * rule is 422 in the validation shape.
 */
public final class ScanErrorMapper {

    private ScanErrorMapper() {
    }

    @Provider
    public static class Refused implements ExceptionMapper<ScanSessionRefusedException> {
        @Override
        public Response toResponse(ScanSessionRefusedException exception) {
            return ErrorResponse.of(status(exception.reason()), exception.getMessage());
        }

        static int status(ScanSessionRefusedException.Reason reason) {
            return switch (reason) {
                case NOT_FOUND -> 404;
                case WRONG_TOKEN -> 401;
                case ALREADY_CLAIMED, NOT_CLAIMED, COMPLETED -> 409;
                case EXPIRED -> 410;
            };
        }
    }

    @Provider
    public static class Invalid implements ExceptionMapper<InvalidScanDataException> {
        @Override
        public Response toResponse(InvalidScanDataException exception) {
            return ValidationErrorResponse.of(List.of(new FieldError(List.of("body", exception.field()),
                    exception.getMessage(), "value_error")));
        }
    }
}
