package io.cardvault.adapter.in.rest.error;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** {@code {"detail": [{"loc": […], "msg": …, "type": …}]}} with status 422. */
public record ValidationErrorResponse(List<FieldError> detail) {

    public static final int UNPROCESSABLE_ENTITY = 422;

    public ValidationErrorResponse {
        detail = List.copyOf(detail);
    }

    public static Response of(List<FieldError> errors) {
        return Response.status(UNPROCESSABLE_ENTITY)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ValidationErrorResponse(errors))
                .build();
    }
}
