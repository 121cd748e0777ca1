package io.cardvault.adapter.in.rest.poketrace;

import io.cardvault.adapter.in.rest.poketrace.PokeTraceErrors.BadParameterException;
import io.cardvault.application.port.in.poketrace.ListMarketCardsQuery;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code /v1} query parameters, read from text so that every bad value is PokeTrace's 400
 * naming the parameter (JAX-RS's own conversion would answer the platform's 404 or 422).
 */
final class PokeTraceParameters {

    /** Rows per page when {@code limit} is absent (PokeTrace's guide uses 20 in its examples). */
    static final int DEFAULT_LIMIT = 20;

    private PokeTraceParameters() {
    }

    /** 1–100, {@link #DEFAULT_LIMIT} when absent; the spec's exact words otherwise. */
    static int limit(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1 && limit <= ListMarketCardsQuery.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below with the spec's text
        }
        throw new BadParameterException("limit", "Limit must be between 1 and " + ListMarketCardsQuery.MAX_LIMIT);
    }

    static boolean flag(String name, String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new BadParameterException(name, name + " must be true or false");
        };
    }

    static Optional<String> text(String text) {
        return Optional.ofNullable(text).map(String::strip).filter(value -> !value.isEmpty());
    }

    /** The key a {@code cursor} carries; a cursor that is not this list's (edited, foreign, other filters) is 400. */
    static Optional<String> cursor(PokeTraceCursors cursors, String list, String scope, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(cursors.read(list, scope, cursor).orElseThrow(() ->
                new BadParameterException("cursor", "The cursor is not one this list issued: start again without it")));
    }
}
