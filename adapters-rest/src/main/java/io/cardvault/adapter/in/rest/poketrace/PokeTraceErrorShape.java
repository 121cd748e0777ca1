package io.cardvault.adapter.in.rest.poketrace;

import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.adapter.in.rest.error.ValidationErrorResponse;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;

/**
 * On {@code /v1} paths, an error the platform's own mappers answered ({@code {"detail"}}: an
 * unknown route, a wrong method, a body refused, the database out of reach, an incident) leaves in
 * PokeTrace's shape: the status's phrase as {@code error}, the detail as {@code message}. Status and
 * headers ({@code Allow}, {@code Retry-After}) stay as they were.
 */
@Provider
@Priority(Priorities.USER)
public class PokeTraceErrorShape implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        boolean pokeTrace = path.equals("v1") || path.equals("/v1") || path.startsWith("v1/") || path.startsWith("/v1/");
        if (!pokeTrace || response.getStatus() < 400) {
            return;
        }
        Object entity = response.getEntity();
        String message;
        if (entity instanceof ErrorResponse error) {
            message = error.detail();
        } else if (entity instanceof ValidationErrorResponse) {
            message = "The request is not valid";
        } else {
            return; // already PokeTrace's shape
        }
        Response.StatusType status = response.getStatusInfo();
        String phrase = status.getReasonPhrase() == null || status.getReasonPhrase().isBlank() ? "Error" : status.getReasonPhrase();
        response.setEntity(PokeTraceErrors.of(status.getStatusCode(), phrase, message, null).getEntity(), new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE);
    }
}
