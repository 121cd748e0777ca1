package io.cardvault.recognition.synth;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * What happens to a listing photo re-posted elsewhere: re-compressed, resized, cropped, recoloured.
 * The fingerprint tests and {@code bench/fingerprint} apply them to protected photos.
 */
public final class PhotoEdits {

    private PhotoEdits() {
    }

    public static BufferedImage read(byte[] encoded) {
        try {
            return ImageIO.read(new ByteArrayInputStream(encoded));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JPEG at {@code quality} (0–1). */
    public static byte[] jpeg(BufferedImage image, float quality) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        graphics.drawImage(image, 0, 0, null);
        graphics.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(quality);
            writer.write(null, new IIOImage(rgb, null, null), parameters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    public static BufferedImage resize(BufferedImage image, double factor) {
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage resized = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = resized.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(image, 0, 0, width, height, null);
        graphics.dispose();
        return resized;
    }

    /** Keeps {@code 1 - fraction} of each side's length, taking {@code leftShare} of the cut off the left and top. */
    public static BufferedImage crop(BufferedImage image, double fraction, double leftShare, double topShare) {
        int cutWidth = (int) Math.round(image.getWidth() * fraction);
        int cutHeight = (int) Math.round(image.getHeight() * fraction);
        int x = (int) Math.round(cutWidth * leftShare);
        int y = (int) Math.round(cutHeight * topShare);
        BufferedImage cropped = new BufferedImage(image.getWidth() - cutWidth, image.getHeight() - cutHeight,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = cropped.createGraphics();
        graphics.drawImage(image, -x, -y, null);
        graphics.dispose();
        return cropped;
    }

    /** Channel gains and a brightness shift: a filter, a white balance. */
    public static BufferedImage recolour(BufferedImage image, double red, double green, double blue, int brightness) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = clamp(((rgb >> 16) & 0xFF) * red + brightness);
                int g = clamp(((rgb >> 8) & 0xFF) * green + brightness);
                int b = clamp((rgb & 0xFF) * blue + brightness);
                out.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return out;
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }
}
