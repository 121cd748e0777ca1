package io.cardvault.recognition;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_JPEG_QUALITY;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_PNG_COMPRESSION;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_WEBP_QUALITY;
import static org.bytedeco.opencv.global.opencv_core.ROTATE_90_CLOCKWISE;
import static org.bytedeco.opencv.global.opencv_core.rotate;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_CUBIC;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import io.cardvault.application.port.out.SanitizeImagePort;
import io.cardvault.application.port.out.image.SanitizedImage;
import io.cardvault.domain.shared.ImageFormat;
import io.cardvault.domain.shared.ImageHeader;
import io.cardvault.domain.shared.ImageUploadGuard;
import io.cardvault.domain.shared.RejectedImageException;
import io.cardvault.recognition.engine.Mats;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Adapter: sanitizes uploads with OpenCV, the codecs recognition already decodes photos with. The
 * guard runs on the header before {@link Mats#decode(byte[], ImageUploadGuard)} allocates anything
 * (the domain's header reader covers WebP, which {@code javax.imageio} has no reader for); the
 * pixels are then encoded afresh in the upload's format. OpenCV's encoders write no metadata, and
 * its decoder applies an EXIF orientation before the EXIF is dropped, so a phone photo stays upright.
 * Colour only: an alpha channel is dropped (a card photo has none worth keeping).
 */
@ApplicationScoped
class OpenCvImageSanitizer implements SanitizeImagePort {

    /** High enough that a card's small print stays sharp, far below a phone's own files. */
    static final int JPEG_QUALITY = 90;
    static final int WEBP_QUALITY = 90;
    private static final int PNG_COMPRESSION = 6;

    @Override
    public SanitizedImage sanitize(byte[] upload, ImageUploadGuard guard) {
        return reencode(upload, guard, Optional.empty(), false);
    }

    /**
     * The guard, a decode, an optional quarter turn clockwise and a fresh encode: in {@code target}
     * when given, else the upload's own format. Scan photos use it too ({@link OpenCvScanPhotoPreparer}).
     */
    static SanitizedImage reencode(byte[] upload, ImageUploadGuard guard, Optional<ImageFormat> target, boolean turnClockwise) {
        ImageHeader header = guard.check(upload);
        ImageFormat format = target.orElse(header.format());
        try (PointerScope scope = new PointerScope()) {
            Mat pixels = Mats.decode(upload, guard);
            if (pixels.empty()) {
                throw undecodable();
            }
            if (turnClockwise) {
                Mat turned = new Mat();
                rotate(pixels, turned, ROTATE_90_CLOCKWISE);
                pixels = turned;
            }
            BytePointer encoded = new BytePointer();
            if (!imencode(extension(format), pixels, encoded, new IntPointer(parameters(format)))) {
                throw new IllegalStateException("OpenCV could not encode a decoded image as " + format);
            }
            byte[] bytes = new byte[(int) encoded.limit()];
            encoded.get(bytes);
            return new SanitizedImage(format, bytes, pixels.cols(), pixels.rows());
        } catch (RuntimeException e) {
            if (e instanceof RejectedImageException || e instanceof IllegalStateException) {
                throw e;
            }
            // OpenCV's own complaint about broken pixel data (cv::Exception): the upload's fault
            throw undecodable();
        }
    }

    @Override
    public SanitizedImage avatar(byte[] upload, ImageUploadGuard guard, int side) {
        guard.check(upload);
        try (PointerScope scope = new PointerScope()) {
            Mat pixels = Mats.decode(upload, guard);
            if (pixels.empty()) {
                throw undecodable();
            }
            int square = Math.min(pixels.cols(), pixels.rows());
            Mat centre = new Mat(pixels, new Rect((pixels.cols() - square) / 2, (pixels.rows() - square) / 2, square, square));
            Mat scaled = new Mat();
            resize(centre, scaled, new Size(side, side), 0, 0, square > side ? INTER_AREA : INTER_CUBIC);
            BytePointer encoded = new BytePointer();
            if (!imencode(".webp", scaled, encoded, new IntPointer(parameters(ImageFormat.WEBP)))) {
                throw new IllegalStateException("OpenCV could not encode an avatar as WebP");
            }
            byte[] bytes = new byte[(int) encoded.limit()];
            encoded.get(bytes);
            return new SanitizedImage(ImageFormat.WEBP, bytes, scaled.cols(), scaled.rows());
        } catch (RuntimeException e) {
            if (e instanceof RejectedImageException || e instanceof IllegalStateException) {
                throw e;
            }
            throw undecodable();
        }
    }

    private static RejectedImageException undecodable() {
        return new RejectedImageException(RejectedImageException.Reason.UNDECODABLE, "image could not be decoded");
    }

    static String extension(ImageFormat format) {
        return switch (format) {
            case JPEG -> ".jpg";
            case PNG -> ".png";
            case WEBP -> ".webp";
        };
    }

    static int[] parameters(ImageFormat format) {
        return switch (format) {
            case JPEG -> new int[] {IMWRITE_JPEG_QUALITY, JPEG_QUALITY};
            case PNG -> new int[] {IMWRITE_PNG_COMPRESSION, PNG_COMPRESSION};
            case WEBP -> new int[] {IMWRITE_WEBP_QUALITY, WEBP_QUALITY};
        };
    }
}
