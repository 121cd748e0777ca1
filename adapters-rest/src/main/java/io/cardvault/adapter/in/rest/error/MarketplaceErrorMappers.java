package io.cardvault.adapter.in.rest.error;

import io.cardvault.application.port.in.marketplace.BidNotFoundException;
import io.cardvault.application.port.in.marketplace.ListingNotFoundException;
import io.cardvault.application.port.in.marketplace.TraderNotFoundException;
import io.cardvault.application.port.in.marketplace.TransactionNotFoundException;
import io.cardvault.domain.marketplace.BidNotPendingException;
import io.cardvault.domain.marketplace.DuplicateRatingException;
import io.cardvault.domain.marketplace.IllegalTransactionMoveException;
import io.cardvault.domain.marketplace.InvalidMarketplaceDataException;
import io.cardvault.domain.marketplace.ListingNotActiveException;
import io.cardvault.domain.marketplace.MarketplaceRejection;
import io.cardvault.domain.marketplace.RatingNotOpenException;
import io.cardvault.domain.marketplace.SellerSetupRequiredException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;

/**
 * The marketplace error family. A value that breaks a listing, bid, rating or shipment rule is 422
 * in the validation shape ({@code loc: ["body", field]}). A refused act answers its code as the
 * {@code detail} (the spec's {@code buy_now_disabled}, {@code self_buy}, {@code listing_unavailable},
 * and this platform's own) with a readable {@code message}: 400 for the buy-now and bid refusals the
 * spec lists as 400; 409 for an act the current state does not allow (an illegal transaction move, a
 * second rating, a settled bid, a sold listing amended), with {@code current_status} where there is
 * one; 403 for listing before the seller set-up. A listing, bid, transaction or user the caller may
 * not see is 404.
 */
public final class MarketplaceErrorMappers {

    private MarketplaceErrorMappers() {
    }

    /** {@code {"detail": code, "message": "...", "current_status": "paid"|null}}. */
    public record RejectionResponse(String detail, String message, String currentStatus) {
    }

    /** 422: the rule's field under {@code body}. */
    @Provider
    public static class InvalidData implements ExceptionMapper<InvalidMarketplaceDataException> {
        @Override
        public Response toResponse(InvalidMarketplaceDataException exception) {
            return ValidationErrorResponse.of(List.of(new FieldError(List.of("body", exception.field()),
                    exception.getMessage(), "value_error")));
        }
    }

    /** 400, 403 or 409 by the kind of refusal, the code as the detail. */
    @Provider
    public static class Rejected implements ExceptionMapper<MarketplaceRejection> {
        @Override
        public Response toResponse(MarketplaceRejection exception) {
            return Response.status(status(exception)).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new RejectionResponse(exception.code(), exception.getMessage(), currentStatus(exception).orElse(null)))
                    .build();
        }

        static int status(MarketplaceRejection exception) {
            if (exception instanceof SellerSetupRequiredException) {
                return 403;
            }
            return currentStatus(exception).isPresent()
                    || exception instanceof DuplicateRatingException ? 409 : 400;
        }

        private static Optional<String> currentStatus(MarketplaceRejection exception) {
            if (exception instanceof IllegalTransactionMoveException move) {
                return Optional.of(move.current().code());
            }
            if (exception instanceof RatingNotOpenException rating) {
                return Optional.of(rating.current().code());
            }
            if (exception instanceof ListingNotActiveException listing) {
                return Optional.of(listing.current().code());
            }
            if (exception instanceof BidNotPendingException bid) {
                return Optional.of(bid.current().code());
            }
            return Optional.empty();
        }
    }

    /** 404. */
    @Provider
    public static class ListingNotFound implements ExceptionMapper<ListingNotFoundException> {
        @Override
        public Response toResponse(ListingNotFoundException exception) {
            return ErrorResponse.of(404, exception.getMessage());
        }
    }

    /** 404. */
    @Provider
    public static class BidNotFound implements ExceptionMapper<BidNotFoundException> {
        @Override
        public Response toResponse(BidNotFoundException exception) {
            return ErrorResponse.of(404, exception.getMessage());
        }
    }

    /** 404. */
    @Provider
    public static class TransactionNotFound implements ExceptionMapper<TransactionNotFoundException> {
        @Override
        public Response toResponse(TransactionNotFoundException exception) {
            return ErrorResponse.of(404, exception.getMessage());
        }
    }

    /** 404. */
    @Provider
    public static class TraderNotFound implements ExceptionMapper<TraderNotFoundException> {
        @Override
        public Response toResponse(TraderNotFoundException exception) {
            return ErrorResponse.of(404, exception.getMessage());
        }
    }
}
