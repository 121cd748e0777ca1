package io.cardvault.adapter.in.rest.collection;

import io.cardvault.adapter.in.rest.account.RequestCaller;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a collection upload whose declared {@code Content-Length} already exceeds the file cap
 * plus what a multipart body adds around the file, with 413 before the runtime takes the body
 * apart: the multipart reader would otherwise buffer the whole upload first. An upload without a
 * declared length (chunked) is capped while {@link CollectionFileReader} reads it. It runs after
 * the caller is known, and an anonymous upload is a 401 before its size is judged, as on every
 * user route.
 */
@Provider
@CappedUpload
@Priority(Priorities.AUTHORIZATION)
public class CappedUploadFilter implements ContainerRequestFilter {

    /**
     * What a multipart body may add around the file (boundaries, part headers, a few small fields)
     * before its declared length alone proves the file too large.
     */
    static final int MULTIPART_OVERHEAD_BYTES = 64 * 1024;

    @Context
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        RequestCaller.requireAccount(servletRequest);
        CollectionImportLimits limits = CollectionImportLimits.defaults();
        if (request.getLength() > (long) limits.maxBytes() + MULTIPART_OVERHEAD_BYTES) {
            request.abortWith(ErrorResponse.of(413, tooLarge(limits)));
        }
    }

    static String tooLarge(CollectionImportLimits limits) {
        return "The file is larger than " + limits.maxBytes() / 1024 / 1024 + " MB; split it into smaller files";
    }
}
