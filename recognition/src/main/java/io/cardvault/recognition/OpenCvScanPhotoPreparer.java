package io.cardvault.recognition;

import io.cardvault.application.port.out.PrepareScanPhotoPort;
import io.cardvault.application.port.out.image.SanitizedImage;
import io.cardvault.domain.shared.ImageFormat;
import io.cardvault.domain.shared.ImageUploadGuard;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Adapter: scan photos through the same guard, decode and encoders as every other upload
 * ({@link OpenCvImageSanitizer}), turned a quarter clockwise and written as WebP (no metadata:
 * OpenCV's encoders write pixels only, after its decoder applied any EXIF orientation).
 */
@ApplicationScoped
class OpenCvScanPhotoPreparer implements PrepareScanPhotoPort {

    @Override
    public SanitizedImage prepare(byte[] upload, ImageUploadGuard guard) {
        return OpenCvImageSanitizer.reencode(upload, guard, Optional.of(ImageFormat.WEBP), true);
    }
}
