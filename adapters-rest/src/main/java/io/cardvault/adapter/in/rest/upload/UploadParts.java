package io.cardvault.adapter.in.rest.upload;

import io.cardvault.adapter.in.rest.error.FieldError;
import io.cardvault.adapter.in.rest.error.ValidationErrorResponse;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;

/** The parts of a multipart upload form, as every upload route reads them. */
public final class UploadParts {

    private UploadParts() {
    }

    /** The first part of that field name; empty when the form (or the whole body) has none. */
    public static Optional<EntityPart> named(List<EntityPart> parts, String field) {
        return (parts == null ? List.<EntityPart>of() : parts).stream().filter(part -> field.equals(part.getName())).findFirst();
    }

    /** The 422 of a form without its required field. */
    public static Response missing(String field) {
        return ValidationErrorResponse.of(List.of(new FieldError(List.of("body", field), "field required", "value_error.missing")));
    }
}
