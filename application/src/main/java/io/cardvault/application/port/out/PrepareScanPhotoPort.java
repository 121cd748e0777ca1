package io.cardvault.application.port.out;

import io.cardvault.application.port.out.image.SanitizedImage;
import io.cardvault.domain.shared.ImageUploadGuard;

/**
 * Outgoing port: turns an uploaded scan photo into what the session keeps. The upload is held to
 * {@code guard} before anything decodes it (as {@link SanitizeImagePort} does), then turned a
 * quarter +90° clockwise (the hand-held landscape capture the spec names) and encoded as WebP,
 * pixels only: no EXIF, no comments, no trailing bytes.
 */
public interface PrepareScanPhotoPort {

    /**
     * @return a {@link io.cardvault.domain.shared.ImageFormat#WEBP} image, its width the upload's height
     * @throws io.cardvault.domain.shared.RejectedImageException the bytes break a limit of the guard or do not decode
     */
    SanitizedImage prepare(byte[] upload, ImageUploadGuard guard);
}
