package io.cardvault.adapter.in.rest.error;

import io.cardvault.application.port.in.analytics.UnknownExchangeRateException;
import io.cardvault.application.port.out.analytics.MarketDataReadFailedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The analytics error family: a currency without a reference rate is 404; an unreadable price store 503. */
public final class AnalyticsErrorMappers {

    private AnalyticsErrorMappers() {
    }

    /** 404 {@code {"detail": "No reference rate for XYZ"}}. */
    @Provider
    public static class UnknownRate implements ExceptionMapper<UnknownExchangeRateException> {
        @Override
        public Response toResponse(UnknownExchangeRateException exception) {
            return ErrorResponse.of(Response.Status.NOT_FOUND, exception.getMessage());
        }
    }

    /** 503: the store is down or overloaded; the cause is logged, not shown. */
    @Provider
    public static class ReadFailed implements ExceptionMapper<MarketDataReadFailedException> {

        private static final Logger LOG = Logger.getLogger(ReadFailed.class.getName());

        @Override
        public Response toResponse(MarketDataReadFailedException exception) {
            LOG.log(Level.WARNING, "Market analytics read failed", exception);
            return ErrorResponse.of(Response.Status.SERVICE_UNAVAILABLE, "Market data unavailable");
        }
    }
}
