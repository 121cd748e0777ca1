package io.cardvault.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.out.TestImages;
import io.cardvault.application.port.out.image.SanitizedImage;
import io.cardvault.domain.shared.ImageFormat;
import io.cardvault.domain.shared.ImageUploadGuard;
import io.cardvault.domain.shared.RejectedImageException;
import org.junit.jupiter.api.Test;

/** Scan photos come out as WebP, a quarter turned clockwise, through the upload guard. */
class OpenCvScanPhotoPreparerTest {

    private final OpenCvScanPhotoPreparer preparer = new OpenCvScanPhotoPreparer();

    @Test
    void a_landscape_png_becomes_a_portrait_webp() {
        SanitizedImage photo = preparer.prepare(TestImages.png(80, 50), ImageUploadGuard.PHOTO);

        assertThat(photo.format()).isEqualTo(ImageFormat.WEBP);
        assertThat(ImageFormat.sniff(photo.encoded())).contains(ImageFormat.WEBP);
        assertThat(photo.width()).isEqualTo(50);
        assertThat(photo.height()).isEqualTo(80);
    }

    @Test
    void text_is_refused_before_any_decode() {
        assertThatThrownBy(() -> preparer.prepare("hello".getBytes(), ImageUploadGuard.PHOTO))
                .isInstanceOf(RejectedImageException.class);
    }
}
