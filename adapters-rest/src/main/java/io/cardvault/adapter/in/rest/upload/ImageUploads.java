package io.cardvault.adapter.in.rest.upload;

import io.cardvault.adapter.in.rest.error.UnreadableBodyException;
import io.cardvault.domain.shared.ImageUploadGuard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads an uploaded image (a multipart part's content, a request body) for any route that takes
 * one: stops reading past the guard's byte cap, then applies the guard, so a resource receives only
 * bytes within every limit. A refusal is a {@link io.cardvault.domain.shared.RejectedImageException},
 * answered 413, 415 or 422 {@code {"detail": …}} by {@code RejectedImageMapper}.
 */
public final class ImageUploads {

    private static final int BUFFER = 64 * 1024;

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

    /** The bytes, or null as soon as there are more than {@code limit}: a long upload is never held whole. */
    public static byte[] readAtMost(InputStream in, int limit) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[BUFFER];
            long total = 0;
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > limit) {
                    return null;
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            // a cut-off upload or a broken boundary: the client's form, not our fault
            throw new UnreadableBodyException(400, "Request body could not be read as multipart/form-data", e);
        }
    }
}
