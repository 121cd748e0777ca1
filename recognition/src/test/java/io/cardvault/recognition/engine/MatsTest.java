package io.cardvault.recognition.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.shared.RejectedImageException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;

class MatsTest {

    @Test
    void givenAPngOfZerosClaiming20000By20000Pixels_decode_refusesItFromTheHeaderWithoutAllocating() {
        byte[] bomb = greyPng(20_000, 20_000);
        assertThat(bomb.length).isLessThan(2_000_000);
        assertThatThrownBy(() -> Mats.decode(bomb)).isInstanceOfSatisfying(RejectedImageException.class,
                e -> assertThat(e.reason()).isEqualTo(RejectedImageException.Reason.TOO_MANY_PIXELS));
    }

    @Test
    void givenAPhotoWithinTheLimits_decode_givesItsPixels_andAPngCutOffAfterItsHeaderGivesAnEmptyMatrix() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_3BYTE_BGR), "png", out);
        Mat whole = Mats.decode(out.toByteArray());
        assertThat(whole.cols()).isEqualTo(64);
        assertThat(whole.rows()).isEqualTo(48);
        byte[] cut = Arrays.copyOf(out.toByteArray(), 40);
        assertThat(Mats.decode(cut).empty()).isTrue();
    }

    @Test
    void givenBytesThatAreNoImage_decode_refusesThemAsAnUnsupportedType() {
        assertThatThrownBy(() -> Mats.decode("%PDF-1.7 renamed to card.jpg".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(RejectedImageException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectedImageException.Reason.UNSUPPORTED_TYPE));
    }

    /** An 8-bit greyscale PNG whose rows are all zeros, deflated in one IDAT chunk. */
    static byte[] greyPng(int width, int height) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        // every row is its filter byte (0) and its pixels (0): the whole stream is zeros
        long left = (long) height * (width + 1);
        byte[] zeros = new byte[1 << 22];
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        while (left > 0) {
            int n = (int) Math.min(zeros.length, left);
            deflater.setInput(zeros, 0, n);
            left -= n;
            while (!deflater.needsInput()) {
                idat.write(chunk, 0, deflater.deflate(chunk));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            idat.write(chunk, 0, deflater.deflate(chunk));
        }
        deflater.end();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        png.writeBytes(chunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0).array()));
        png.writeBytes(chunk("IDAT", idat.toByteArray()));
        png.writeBytes(chunk("IEND", new byte[0]));
        return png.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data).putInt((int) crc.getValue()).array();
    }
}
