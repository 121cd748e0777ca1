package io.cardvault.adapter.in.rest.error;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code {"detail": "Card not found"}}: the body of every non-2xx answer but validation's. */
public record ErrorResponse(String detail) {

    public static Response of(Response.StatusType status, String detail) {
        return of(status.getStatusCode(), detail);
    }

    public static Response of(int status, String detail) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorResponse(detail)).build();
    }
}
