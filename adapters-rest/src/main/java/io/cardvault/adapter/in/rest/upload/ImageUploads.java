package io.cardvault.adapter.in.rest.upload;

import io.cardvault.adapter.in.rest.error.UnreadableBodyException;
import io.cardvault.domain.shared.ImageUploadGuard;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads an uploaded image (a multipart part's content, a request body) for any route that takes
 * one: stops reading past the guard's byte cap, then applies the guard, so a resource receives only
 * bytes within every limit. A refusal is a {@link io.cardvault.domain.shared.RejectedImageException},
 * answered 413, 415 or 422 {@code {"detail": …}} by {@code RejectedImageMapper}.
 */
public final class ImageUploads {

    private ImageUploads() {
    }

    /** The whole upload, checked; an empty upload is empty bytes (the caller's "field required"). */
    public static byte[] read(InputStream content, ImageUploadGuard guard) {
        byte[] bytes = readAtMost(content, guard.maxBytes());
        if (bytes == null) {
            throw guard.tooLarge();
        }
        if (bytes.length > 0) {
            guard.check(bytes);
        }
        return bytes;
    }

    /**
     * The bytes, or null when there are more than {@code limit}: reads at most one byte past the limit
     * (as the JSON body guard does), so a long upload is never held whole.
     */
    public static byte[] readAtMost(InputStream in, int limit) {
        try (in) {
            byte[] bytes = in.readNBytes(limit + 1);
            return bytes.length > limit ? null : bytes;
        } catch (IOException e) {
            // a cut-off upload or a broken boundary: the client's form, not our fault
            throw new UnreadableBodyException(400, "Request body could not be read as multipart/form-data", e);
        }
    }
}
