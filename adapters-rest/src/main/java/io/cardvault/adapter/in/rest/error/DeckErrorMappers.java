package io.cardvault.adapter.in.rest.error;

import io.cardvault.application.port.in.deck.DeckNotFoundException;
import io.cardvault.domain.deck.InvalidDeckDataException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** The deck error family: a value that breaks a deck rule is 422 under its body field; a deck the caller may not see is 404. */
public final class DeckErrorMappers {

    private DeckErrorMappers() {
    }

    /** 422: the rule's field under {@code body}. */
    @Provider
    public static class InvalidData implements ExceptionMapper<InvalidDeckDataException> {
        @Override
        public Response toResponse(InvalidDeckDataException exception) {
            return ValidationErrorResponse.of(List.of(new FieldError(List.of("body", exception.field()),
                    exception.getMessage(), "value_error")));
        }
    }

    /** 404. */
    @Provider
    public static class NotFound implements ExceptionMapper<DeckNotFoundException> {
        @Override
        public Response toResponse(DeckNotFoundException exception) {
            return ErrorResponse.of(404, exception.getMessage());
        }
    }
}
