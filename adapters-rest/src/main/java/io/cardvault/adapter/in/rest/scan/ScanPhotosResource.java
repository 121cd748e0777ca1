package io.cardvault.adapter.in.rest.scan;

import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.application.port.in.scan.GetScanPhotoUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /static/scans/{session}/{index}.webp}: a session's photo, for its owner (session
 * cookie) or its phone ({@code ?token=} / {@code X-Scan-Token}); private, never cached by a shared
 * cache. Any other path shape is 404 without a lookup.
 */
@Path("/static/scans")
@RequestScoped
@Tag(name = "Scanning")
public class ScanPhotosResource {

    private static final Pattern FILE = Pattern.compile("([0-9]{1,3})\\.webp");

    private final GetScanPhotoUseCase photos;

    @Inject
    public ScanPhotosResource(GetScanPhotoUseCase photos) {
        this.photos = photos;
    }

    /** For CDI's client proxy only. */
    protected ScanPhotosResource() {
        this(null);
    }

    @GET
    @Path("{session}/{file}")
    @Operation(summary = "A scan photo", description = "WebP, for the session's owner or its phone.")
    @APIResponse(responseCode = "200", description = "image/webp")
    @APIResponse(responseCode = "404", description = "No such photo")
    public Response photo(@PathParam("session") String session, @PathParam("file") String file,
                          @BeanParam PresentedToken token, @Context HttpServletRequest request) {
        Matcher matcher = FILE.matcher(file);
        if (!matcher.matches()) {
            return ErrorResponse.of(404, "Image not found");
        }
        Optional<byte[]> photo = photos.photo(ScanSessionResource.sessionId(session), Integer.parseInt(matcher.group(1)),
                token.orOwner(request));
        if (photo.isEmpty()) {
            return ErrorResponse.of(404, "Image not found");
        }
        return Response.ok(photo.get(), "image/webp")
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
