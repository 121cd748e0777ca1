package io.cardvault.recognition.engine;

import io.cardvault.domain.shared.ImageUploadGuard;
import org.bytedeco.opencv.opencv_core.Mat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;

/**
 * Conversions between Java2D images, encoded bytes and OpenCV matrices (BGR, 8 bit).
 */
public final class Mats {

    private Mats() {
    }

    /** Copies a 3-byte BGR image (other types are converted first) into a new matrix. */
    public static Mat fromImage(BufferedImage image) {
        BufferedImage bgr = image;
        if (image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            bgr = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            bgr.getGraphics().drawImage(image, 0, 0, null);
        }
        byte[] data = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
        Mat mat = new Mat(bgr.getHeight(), bgr.getWidth(), CV_8UC3);
        mat.data().put(data);
        return mat;
    }

    /** Copies a BGR (or grey) matrix into a new Java2D image. */
    public static BufferedImage toImage(Mat mat) {
        Mat continuous = mat.isContinuous() ? mat : mat.clone();
        int type = continuous.channels() == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR;
        BufferedImage image = new BufferedImage(continuous.cols(), continuous.rows(), type);
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        continuous.data().get(data);
        return image;
    }

    /**
     * Decodes JPEG/PNG/WebP bytes; an empty matrix when they cannot be decoded. The header is checked
     * first: OpenCV allocates what the header claims, so a few hundred KB stating 20,000 × 20,000
     * pixels would cost over a gigabyte. The engine does not rely on its callers for that.
     *
     * @throws io.cardvault.domain.shared.RejectedImageException bytes that are not an image of at most
     *                                                           {@link ImageUploadGuard#PHOTO}'s size
     */
    public static Mat decode(byte[] encoded) {
        return decode(encoded, ImageUploadGuard.PHOTO);
    }

    /** {@link #decode(byte[])} under another upload's limits (a listing photo's, an avatar's). */
    public static Mat decode(byte[] encoded, ImageUploadGuard guard) {
        guard.check(encoded);
        Mat buffer = new Mat(1, encoded.length, CV_8UC1);
        buffer.data().put(encoded);
        return imdecode(buffer, IMREAD_COLOR);
    }

    /** The bytes of a continuous 8-bit matrix. */
    static byte[] bytes(Mat mat) {
        Mat continuous = mat.isContinuous() ? mat : mat.clone();
        byte[] data = new byte[(int) (continuous.total() * continuous.channels())];
        continuous.data().get(data);
        return data;
    }
}
