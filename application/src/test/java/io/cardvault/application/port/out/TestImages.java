package io.cardvault.application.port.out;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/**
 * Images for the upload tests: real JPEG and PNG files (Java2D), the same carrying metadata a
 * sanitizer must drop, a true decompression bomb, and text wearing an image's name.
 */
public final class TestImages {

    /** What the metadata of {@link #jpegWithComment} and {@link #pngWithText} says; it must not survive sanitizing. */
    public static final String SECRET = "GPS 52.3731N 4.8922E serial 0xC0FFEE";

    private TestImages() {
    }

    /** A small picture: a red card on white. */
    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    public static byte[] png(int width, int height) {
        return encoded(picture(width, height), "png");
    }

    public static byte[] jpeg(int width, int height) {
        return encoded(picture(width, height), "jpeg");
    }

    /** A JPEG with a comment segment (as EXIF would be, an APP1 segment) right after its start marker. */
    public static byte[] jpegWithComment(int width, int height) {
        byte[] jpeg = jpeg(width, height);
        byte[] text = SECRET.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + text.length);
        out.put(jpeg, 0, 2).put((byte) 0xff).put((byte) 0xfe).putShort((short) (text.length + 2)).put(text);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /** A PNG with a {@code tEXt} chunk right after its header chunk. */
    public static byte[] pngWithText(int width, int height) {
        byte[] png = png(width, height);
        byte[] chunk = chunk("tEXt", ("Comment\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1));
        int afterHeader = 8 + 25;
        ByteBuffer out = ByteBuffer.allocate(png.length + chunk.length);
        out.put(png, 0, afterHeader).put(chunk).put(png, afterHeader, png.length - afterHeader);
        return out.array();
    }

    /**
     * A real decompression bomb: a valid 1-bit grey PNG of {@code side} × {@code side} zeros. The file is a
     * few tens of KB; decoded to 8-bit colour at 20,000 a side it would take 1.2 GB.
     */
    public static byte[] bombPng(int side) {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        byte[] row = new byte[1 + (side + 7) / 8]; // filter byte, then the row's bits
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION))) {
            for (int y = 0; y < side; y++) {
                deflate.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteBuffer header = ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 1).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        png.writeBytes(chunk("IHDR", header.array()));
        png.writeBytes(chunk("IDAT", idat.toByteArray()));
        png.writeBytes(chunk("IEND", new byte[0]));
        return png.toByteArray();
    }

    /** A text file named like a photo: what a renamed {@code notes.txt → photo.jpg} uploads. */
    public static byte[] renamedText() {
        return "These are my notes, not a photo of a card.\n".getBytes(StandardCharsets.UTF_8);
    }

    /** Whether {@code haystack} holds {@code needle}'s ASCII bytes anywhere. */
    public static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        return chunk.array();
    }

    private static byte[] encoded(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
