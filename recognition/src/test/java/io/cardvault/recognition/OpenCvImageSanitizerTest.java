package io.cardvault.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.SanitizeImagePort;
import io.cardvault.application.port.out.SanitizeImagePortContract;
import io.cardvault.application.port.out.TestImages;
import io.cardvault.application.port.out.image.SanitizedImage;
import io.cardvault.domain.shared.ImageFormat;
import io.cardvault.domain.shared.ImageUploadGuard;
import org.junit.jupiter.api.Test;

/** The OpenCV adapter keeps the sanitizer's contract, and reads and writes WebP as well. */
class OpenCvImageSanitizerTest extends SanitizeImagePortContract {

    private final OpenCvImageSanitizer sanitizer = new OpenCvImageSanitizer();

    @Override
    protected SanitizeImagePort sanitizer() {
        return sanitizer;
    }

    @Test
    void a_webp_comes_back_a_webp_of_the_same_size() {
        SanitizedImage png = sanitizer.sanitize(TestImages.png(50, 70), ImageUploadGuard.LISTING_PHOTO);
        byte[] webp = webpOf(png);

        SanitizedImage clean = sanitizer.sanitize(webp, ImageUploadGuard.LISTING_PHOTO);

        assertThat(clean.format()).isEqualTo(ImageFormat.WEBP);
        assertThat(clean.width()).isEqualTo(50);
        assertThat(clean.height()).isEqualTo(70);
        assertThat(ImageFormat.sniff(clean.encoded())).contains(ImageFormat.WEBP);
    }

    private static byte[] webpOf(SanitizedImage image) {
        try (org.bytedeco.javacpp.PointerScope scope = new org.bytedeco.javacpp.PointerScope()) {
            org.bytedeco.opencv.opencv_core.Mat mat = io.cardvault.recognition.engine.Mats.decode(image.encoded());
            org.bytedeco.javacpp.BytePointer out = new org.bytedeco.javacpp.BytePointer();
            org.bytedeco.opencv.global.opencv_imgcodecs.imencode(".webp", mat, out);
            byte[] bytes = new byte[(int) out.limit()];
            out.get(bytes);
            return bytes;
        }
    }
}
