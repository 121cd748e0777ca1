package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.out.image.SanitizedImage;
import io.cardvault.domain.shared.ImageFormat;
import io.cardvault.domain.shared.ImageUploadGuard;
import io.cardvault.domain.shared.RejectedImageException;
import java.util.Arrays;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link SanitizeImagePort}: every implementation (the Java2D fake, the OpenCV adapter)
 * keeps the picture, drops the metadata, and refuses before decoding what the guard refuses.
 */
public abstract class SanitizeImagePortContract {

    private static final ImageUploadGuard GUARD = ImageUploadGuard.LISTING_PHOTO;

    protected abstract SanitizeImagePort sanitizer();

    @Test
    void a_jpeg_comes_back_a_jpeg_of_the_same_size_without_its_comment() {
        byte[] upload = TestImages.jpegWithComment(120, 90);
        assertThat(TestImages.contains(upload, TestImages.SECRET)).isTrue();

        SanitizedImage clean = sanitizer().sanitize(upload, GUARD);

        assertThat(clean.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(clean.width()).isEqualTo(120);
        assertThat(clean.height()).isEqualTo(90);
        assertThat(TestImages.contains(clean.encoded(), TestImages.SECRET)).isFalse();
        assertThat(ImageFormat.sniff(clean.encoded())).contains(ImageFormat.JPEG);
    }

    @Test
    void a_png_comes_back_a_png_without_its_text_chunk() {
        byte[] upload = TestImages.pngWithText(64, 48);

        SanitizedImage clean = sanitizer().sanitize(upload, GUARD);

        assertThat(clean.format()).isEqualTo(ImageFormat.PNG);
        assertThat(clean.width()).isEqualTo(64);
        assertThat(clean.height()).isEqualTo(48);
        assertThat(TestImages.contains(clean.encoded(), TestImages.SECRET)).isFalse();
        assertThat(TestImages.contains(clean.encoded(), "tEXt")).isFalse();
    }

    @Test
    void an_avatar_is_the_centre_square_at_the_side_asked_without_metadata() {
        byte[] upload = TestImages.jpegWithComment(300, 200);

        SanitizedImage avatar = sanitizer().avatar(upload, ImageUploadGuard.AVATAR, 256);

        assertThat(avatar.width()).isEqualTo(256);
        assertThat(avatar.height()).isEqualTo(256);
        assertThat(TestImages.contains(avatar.encoded(), TestImages.SECRET)).isFalse();
        assertThat(ImageFormat.sniff(avatar.encoded())).contains(avatar.format());
    }

    @Test
    void an_avatar_bomb_or_renamed_text_is_refused_before_decoding() {
        assertThatThrownBy(() -> sanitizer().avatar(TestImages.bombPng(20_000), ImageUploadGuard.AVATAR, 256))
                .asInstanceOf(InstanceOfAssertFactories.type(RejectedImageException.class))
                .extracting(RejectedImageException::reason).isEqualTo(RejectedImageException.Reason.TOO_MANY_PIXELS);
        assertThatThrownBy(() -> sanitizer().avatar(TestImages.renamedText(), ImageUploadGuard.AVATAR, 256))
                .asInstanceOf(InstanceOfAssertFactories.type(RejectedImageException.class))
                .extracting(RejectedImageException::reason).isEqualTo(RejectedImageException.Reason.UNSUPPORTED_TYPE);
    }

    @Test
    void a_decompression_bomb_is_refused_from_its_header() {
        byte[] bomb = TestImages.bombPng(20_000);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        assertThatThrownBy(() -> sanitizer().sanitize(bomb, GUARD))
                .asInstanceOf(InstanceOfAssertFactories.type(RejectedImageException.class))
                .extracting(RejectedImageException::reason).isEqualTo(RejectedImageException.Reason.TOO_MANY_PIXELS);
    }

    @Test
    void text_renamed_as_an_image_is_an_unsupported_type() {
        assertThatThrownBy(() -> sanitizer().sanitize(TestImages.renamedText(), GUARD))
                .asInstanceOf(InstanceOfAssertFactories.type(RejectedImageException.class))
                .extracting(RejectedImageException::reason).isEqualTo(RejectedImageException.Reason.UNSUPPORTED_TYPE);
    }

    @Test
    void bytes_over_the_guards_cap_are_too_large() {
        byte[] png = TestImages.png(10, 10);
        byte[] padded = Arrays.copyOf(png, GUARD.maxBytes() + 1);

        assertThatThrownBy(() -> sanitizer().sanitize(padded, GUARD))
                .asInstanceOf(InstanceOfAssertFactories.type(RejectedImageException.class))
                .extracting(RejectedImageException::reason).isEqualTo(RejectedImageException.Reason.TOO_LARGE);
    }

    @Test
    void a_sound_header_over_garbage_pixel_data_does_not_decode() {
        byte[] png = TestImages.png(40, 40);
        byte[] broken = Arrays.copyOf(png, 8 + 25 + 20); // the header chunk whole, the pixel data cut off

        assertThatThrownBy(() -> sanitizer().sanitize(broken, GUARD))
                .asInstanceOf(InstanceOfAssertFactories.type(RejectedImageException.class))
                .extracting(RejectedImageException::reason).isEqualTo(RejectedImageException.Reason.UNDECODABLE);
    }
}
