package io.cardvault.adapter.in.rest.poketrace;

import io.cardvault.adapter.in.http.CallerAdmission;
import io.cardvault.adapter.in.http.PokeTraceErrorBody;
import io.cardvault.application.port.in.poketrace.MarketCardNotFoundException;
import io.cardvault.application.port.in.poketrace.PlanUpgradeRequiredException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The {@code /v1} error family, in PokeTrace's shape {@code {"error", "message", "code"?}} with the
 * spec's texts: a bad parameter is 400 ({@code Invalid limit parameter} / {@code Limit must be between
 * 1 and 100} and the same pattern for the other parameters), an unknown card 404, what the plan
 * lacks 403 {@code UPGRADE_REQUIRED}. Errors the platform's mappers answer on a {@code /v1} path
 * (an unknown route, a wrong method, a database out of reach) are reshaped by
 * {@link PokeTraceErrorShape}. Missing keys (401) and the daily limit (429) are the admission's.
 */
public final class PokeTraceErrors {

    static final String PRO_REQUIRED = "Pro plan required";

    private PokeTraceErrors() {
    }

    static Response of(int status, String error, String message, String code) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(PokeTraceErrorBody.of(error, message, code, null)).build();
    }

    /** A query parameter PokeTrace's clients could not have meant: 400 naming it. */
    public static final class BadParameterException extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final String parameter;

        BadParameterException(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }
    }

    /** 400 {@code Invalid <parameter> parameter}. */
    @Provider
    public static class BadParameter implements ExceptionMapper<BadParameterException> {
        @Override
        public Response toResponse(BadParameterException exception) {
            return of(400, "Invalid " + exception.parameter + " parameter", exception.getMessage(), null);
        }
    }

    /** 404, the spec's words. */
    @Provider
    public static class CardNotFound implements ExceptionMapper<MarketCardNotFoundException> {
        @Override
        public Response toResponse(MarketCardNotFoundException exception) {
            return of(404, "Card not found", "No card exists with this ID", null);
        }
    }

    /** 403 {@code UPGRADE_REQUIRED}: the spec's words for graded prices, the same pattern for the EU market. */
    @Provider
    public static class UpgradeRequired implements ExceptionMapper<PlanUpgradeRequiredException> {
        @Override
        public Response toResponse(PlanUpgradeRequiredException exception) {
            return switch (exception.need()) {
                case GRADED_PRICES -> of(403, PRO_REQUIRED, "Graded card prices require a Pro plan.", CallerAdmission.UPGRADE_REQUIRED);
                case EU_MARKET -> of(403, PRO_REQUIRED, "EU market data requires a Pro plan.", CallerAdmission.UPGRADE_REQUIRED);
                case STREAMING -> of(403, "Scale plan required", "WebSocket streaming requires a Scale plan.",
                        CallerAdmission.UPGRADE_REQUIRED);
            };
        }
    }
}
