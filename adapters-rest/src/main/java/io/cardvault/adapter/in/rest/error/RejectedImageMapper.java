package io.cardvault.adapter.in.rest.error;

import io.cardvault.domain.shared.RejectedImageException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * An image the upload guard refused, on any route: too many bytes 413, not JPEG/PNG/WebP by its
 * first bytes 415, a corrupt or truncated header, too many pixels or undecodable pixel data 422;
 * {@code {"detail": …}}.
 */
@Provider
public class RejectedImageMapper implements ExceptionMapper<RejectedImageException> {

    @Override
    public Response toResponse(RejectedImageException exception) {
        return ErrorResponse.of(status(exception.reason()), exception.getMessage());
    }

    static int status(RejectedImageException.Reason reason) {
        return switch (reason) {
            case TOO_LARGE -> 413;
            case UNSUPPORTED_TYPE -> 415;
            case CORRUPT_HEADER, TOO_MANY_PIXELS, UNDECODABLE -> 422;
        };
    }
}
