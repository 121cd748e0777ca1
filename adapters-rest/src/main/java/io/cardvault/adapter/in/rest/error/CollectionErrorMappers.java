package io.cardvault.adapter.in.rest.error;

import io.cardvault.application.port.in.collection.PriceAlertNotFoundException;
import io.cardvault.application.port.in.collection.WishlistEntryNotFoundException;
import io.cardvault.domain.collection.DuplicatePriceAlertException;
import io.cardvault.domain.collection.InvalidCollectionDataException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * The collector's shelf error family: a value that breaks a collection, wishlist, alert or
 * notification rule is 422 in the validation shape ({@code loc: ["body", field]}); a duplicate active
 * alert 409; a wish or an alert the caller does not hold 404 (another user's is not found either).
 */
public final class CollectionErrorMappers {

    private CollectionErrorMappers() {
    }

    /** 422: the rule's field under {@code body}. */
    @Provider
    public static class InvalidData implements ExceptionMapper<InvalidCollectionDataException> {
        @Override
        public Response toResponse(InvalidCollectionDataException exception) {
            return ValidationErrorResponse.of(List.of(new FieldError(List.of("body", exception.field()),
                    exception.getMessage(), "value_error")));
        }
    }

    /** 409, the spec's "Conflict" for an alert that exists. */
    @Provider
    public static class DuplicateAlert implements ExceptionMapper<DuplicatePriceAlertException> {
        @Override
        public Response toResponse(DuplicatePriceAlertException exception) {
            return ErrorResponse.of(409, exception.getMessage());
        }
    }

    /** 404. */
    @Provider
    public static class AlertNotFound implements ExceptionMapper<PriceAlertNotFoundException> {
        @Override
        public Response toResponse(PriceAlertNotFoundException exception) {
            return ErrorResponse.of(404, exception.getMessage());
        }
    }

    /** 404. */
    @Provider
    public static class WishNotFound implements ExceptionMapper<WishlistEntryNotFoundException> {
        @Override
        public Response toResponse(WishlistEntryNotFoundException exception) {
            return ErrorResponse.of(404, exception.getMessage());
        }
    }
}
