package io.cardvault.adapter.in.rest.error;

import java.util.List;

/**
 * One invalid input: where it is ({@code ["query","limit"]}, {@code ["body","email"]}), what is
 * wrong in words, and a machine-readable type such as {@code value_error.number.not_le}.
 */
public record FieldError(List<Object> loc, String msg, String type) {

    public FieldError {
        loc = List.copyOf(loc);
    }
}
