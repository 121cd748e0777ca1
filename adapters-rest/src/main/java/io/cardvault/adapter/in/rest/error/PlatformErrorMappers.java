package io.cardvault.adapter.in.rest.error;

import io.cardvault.application.port.in.platform.BulkDataWriteRunningException;
import io.cardvault.application.port.in.platform.PushDeviceNotFoundException;
import io.cardvault.domain.platform.InvalidPlatformDataException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * The platform error family: a device token or a setting value that breaks its rule is 422 in the
 * validation shape ({@code loc: ["body", field]}); a device the caller does not hold 404; a bulk
 * rewrite while one runs 409.
 */
public final class PlatformErrorMappers {

    private PlatformErrorMappers() {
    }

    /** 422: the rule's field under {@code body}. */
    @Provider
    public static class InvalidData implements ExceptionMapper<InvalidPlatformDataException> {
        @Override
        public Response toResponse(InvalidPlatformDataException exception) {
            return ValidationErrorResponse.of(List.of(new FieldError(List.of("body", exception.field()),
                    exception.getMessage(), "value_error")));
        }
    }

    /** 404, also for another account's token. */
    @Provider
    public static class DeviceNotFound implements ExceptionMapper<PushDeviceNotFoundException> {
        @Override
        public Response toResponse(PushDeviceNotFoundException exception) {
            return ErrorResponse.of(404, exception.getMessage());
        }
    }

    /** 409. */
    @Provider
    public static class BulkWriteRunning implements ExceptionMapper<BulkDataWriteRunningException> {
        @Override
        public Response toResponse(BulkDataWriteRunningException exception) {
            return ErrorResponse.of(409, exception.getMessage());
        }
    }
}
