package io.cardvault.adapter.in.rest.recognition;

import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.application.port.in.recognition.RecognitionRefusedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Recognition refusals (the upload guard's are {@code RejectedImageMapper}'s): undecodable 422, index being built 503 (with
 * {@code Retry-After}), tier below Starter for a key 403, daily quota spent 429 (with
 * {@code Retry-After}), unknown scan or card 404.
 */
@Provider
public class RecognitionErrorMapper implements ExceptionMapper<RecognitionRefusedException> {

    /** Seconds a client waits before asking again while the index is built. */
    static final int NOT_READY_RETRY_SECONDS = 30;

    @Override
    public Response toResponse(RecognitionRefusedException exception) {
        Response response = ErrorResponse.of(status(exception.reason()), exception.getMessage());
        return switch (exception.reason()) {
            case NOT_READY -> Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, NOT_READY_RETRY_SECONDS).build();
            case QUOTA_EXCEEDED -> Response.fromResponse(response)
                    .header(HttpHeaders.RETRY_AFTER, Math.max(1, exception.retryAfterSeconds())).build();
            default -> response;
        };
    }

    static int status(RecognitionRefusedException.Reason reason) {
        return switch (reason) {
            case UNREADABLE_IMAGE -> 422;
            case NOT_READY -> 503;
            case TIER_TOO_LOW -> 403;
            case QUOTA_EXCEEDED -> 429;
            case SCAN_NOT_FOUND, CARD_NOT_FOUND -> 404;
        };
    }
}
