package io.cardvault.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.shared.RejectedImageException.Reason;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageUploadGuardTest {

    private static final ImageUploadGuard GUARD = ImageUploadGuard.PHOTO;

    @Test
    void a_real_jpeg_and_png_pass_with_the_size_their_header_states() {
        assertThat(GUARD.check(encoded("jpeg", 640, 480))).isEqualTo(new ImageHeader(ImageFormat.JPEG, 640, 480));
        assertThat(GUARD.check(encoded("png", 31, 7))).isEqualTo(new ImageHeader(ImageFormat.PNG, 31, 7));
    }

    @Test
    void a_png_of_zeros_claiming_20000_by_20000_pixels_is_refused_from_its_header() {
        byte[] bomb = png(20_000, 20_000, 0);
        assertThat(bomb.length).isLessThan(100);
        assertRejected(bomb, Reason.TOO_MANY_PIXELS);
        assertThatThrownBy(() -> GUARD.check(bomb)).hasMessage(
                "image is 20000 × 20000 pixels: at most 40 megapixels and 12000 pixels a side are accepted");
    }

    @Test
    void one_side_over_the_limit_is_refused_even_when_the_pixel_count_is_small() {
        assertRejected(png(12_001, 10, 0), Reason.TOO_MANY_PIXELS);
        assertThat(GUARD.check(png(12_000, 10, 0)).width()).isEqualTo(12_000);
        // 7,000 × 7,000 is 49 megapixels with both sides allowed
        assertRejected(png(7_000, 7_000, 0), Reason.TOO_MANY_PIXELS);
    }

    @Test
    void a_huge_jpeg_header_is_refused_and_a_jpeg_without_a_frame_header_is_corrupt() {
        assertRejected(jpeg(60_000, 60_000), Reason.TOO_MANY_PIXELS);
        assertThat(GUARD.check(jpeg(4_000, 3_000))).isEqualTo(new ImageHeader(ImageFormat.JPEG, 4_000, 3_000));
        byte[] scanFirst = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xda, 0, 4, 1, 2, 3, 4, 5, 6, 7, 8};
        assertRejected(scanFirst, Reason.CORRUPT_HEADER);
        byte[] full = jpeg(100, 100);
        assertRejected(Arrays.copyOf(full, 16), Reason.CORRUPT_HEADER);
        // lines = 0 (to be told by a later DNL segment): nothing would bound the decode
        assertRejected(jpeg(100, 0), Reason.CORRUPT_HEADER);
    }

    @Test
    void a_truncated_or_tampered_png_header_is_corrupt() {
        byte[] png = encoded("png", 50, 50);
        assertRejected(Arrays.copyOf(png, 20), Reason.CORRUPT_HEADER);
        byte[] tampered = png.clone();
        tampered[19] = 0x7f; // the width's low byte, the IHDR CRC no longer matches
        assertRejected(tampered, Reason.CORRUPT_HEADER);
        assertRejected(png(0, 10, 0), Reason.CORRUPT_HEADER);
    }

    @Test
    void anything_but_jpeg_png_or_webp_is_an_unsupported_type_whatever_its_name_says() {
        assertRejected("<html><body>not a photo.jpg</body></html>".getBytes(StandardCharsets.UTF_8), Reason.UNSUPPORTED_TYPE);
        assertRejected("GIF89a------------".getBytes(StandardCharsets.US_ASCII), Reason.UNSUPPORTED_TYPE);
        assertRejected(new byte[] {(byte) 0xff, (byte) 0xd8}, Reason.UNSUPPORTED_TYPE);
        assertRejected(new byte[0], Reason.UNSUPPORTED_TYPE);
        assertRejected(null, Reason.UNSUPPORTED_TYPE);
    }

    @Test
    void webp_sizes_come_from_the_lossy_lossless_and_extended_headers() {
        assertThat(GUARD.check(webp("VP8 ", vp8(800, 600)))).isEqualTo(new ImageHeader(ImageFormat.WEBP, 800, 600));
        assertThat(GUARD.check(webp("VP8L", vp8l(1024, 768)))).isEqualTo(new ImageHeader(ImageFormat.WEBP, 1024, 768));
        assertThat(GUARD.check(webp("VP8X", vp8x(2000, 1000)))).isEqualTo(new ImageHeader(ImageFormat.WEBP, 2000, 1000));
        assertRejected(webp("VP8X", vp8x(16_384, 16_384)), Reason.TOO_MANY_PIXELS);
        assertRejected(webp("ABCD", vp8x(10, 10)), Reason.CORRUPT_HEADER);
        byte[] badStart = vp8(10, 10);
        badStart[3] = 0;
        assertRejected(webp("VP8 ", badStart), Reason.CORRUPT_HEADER);
    }

    @Test
    void more_bytes_than_the_cap_is_too_large_before_anything_is_parsed() {
        ImageUploadGuard small = new ImageUploadGuard(1024, 40_000_000L, 12_000);
        byte[] big = Arrays.copyOf(encoded("png", 10, 10), 1025);
        assertThatThrownBy(() -> small.check(big)).isInstanceOfSatisfying(RejectedImageException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE)).hasMessage("image exceeds the 1024-byte limit");
        assertThat(GUARD.tooLarge()).hasMessage("image exceeds the 10 MB limit");
    }

    private static void assertRejected(byte[] bytes, Reason reason) {
        assertThatThrownBy(() -> GUARD.check(bytes)).isInstanceOfSatisfying(RejectedImageException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static byte[] encoded(String format, int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR), format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG signature and IHDR (8-bit greyscale) with a correct CRC, and an empty IEND: the header alone. */
    static byte[] png(int width, int height, int colourType) {
        ByteBuffer b = ByteBuffer.allocate(8 + 25 + 12);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        b.putInt(13);
        int crcFrom = b.position();
        b.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height).put((byte) 8).put((byte) colourType)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(b.array(), crcFrom, 17);
        b.putInt((int) crc.getValue());
        b.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(0xae426082);
        return b.array();
    }

    /** SOI, an APP0 segment, then a baseline SOF0 of three components. */
    private static byte[] jpeg(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(2 + 18 + 19 + 2);
        b.put((byte) 0xff).put((byte) 0xd8);
        b.put((byte) 0xff).put((byte) 0xe0).putShort((short) 16).put("JFIF".getBytes(StandardCharsets.US_ASCII)).put((byte) 0)
                .put(new byte[] {1, 1, 0, 0, 1, 0, 1, 0, 0});
        b.put((byte) 0xff).put((byte) 0xc0).putShort((short) 17).put((byte) 8).putShort((short) height).putShort((short) width)
                .put((byte) 3).put(new byte[] {1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1});
        b.put((byte) 0xff).put((byte) 0xd9);
        return b.array();
    }

    private static byte[] webp(String chunk, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(20 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + data.length).put("WEBP".getBytes(StandardCharsets.US_ASCII))
                .put(chunk.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return b.array();
    }

    private static byte[] vp8(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {0x10, 0x02, 0x00, (byte) 0x9d, 0x01, 0x2a}).putShort((short) width).putShort((short) height);
        return b.array();
    }

    private static byte[] vp8l(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x2f).putInt((width - 1) | (height - 1) << 14);
        return b.array();
    }

    private static byte[] vp8x(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {0, 0, 0, 0});
        b.put((byte) (width - 1)).put((byte) ((width - 1) >> 8)).put((byte) ((width - 1) >> 16));
        b.put((byte) (height - 1)).put((byte) ((height - 1) >> 8)).put((byte) ((height - 1) >> 16));
        return b.array();
    }
}
