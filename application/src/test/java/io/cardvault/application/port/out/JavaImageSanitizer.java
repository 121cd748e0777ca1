package io.cardvault.application.port.out;

import io.cardvault.application.port.out.image.SanitizedImage;
import io.cardvault.domain.shared.ImageFormat;
import io.cardvault.domain.shared.ImageHeader;
import io.cardvault.domain.shared.ImageUploadGuard;
import io.cardvault.domain.shared.RejectedImageException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Fake {@link SanitizeImagePort} on Java2D's codecs: the guard first, then a decode and a fresh
 * encode (metadata does not survive {@link ImageIO#write}). Java2D reads no WebP, so a WebP upload
 * passes the guard and is then refused as undecodable; the OpenCV adapter is the one that reads it.
 */
public final class JavaImageSanitizer implements SanitizeImagePort {

    @Override
    public SanitizedImage sanitize(byte[] upload, ImageUploadGuard guard) {
        ImageHeader header = guard.check(upload);
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(upload));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null) {
            throw new RejectedImageException(RejectedImageException.Reason.UNDECODABLE, "image could not be decoded");
        }
        BufferedImage flat = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        flat.getGraphics().drawImage(image, 0, 0, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(flat, header.format() == ImageFormat.PNG ? "png" : "jpeg", out);
        } catch (IOException e) {
            throw new IllegalStateException("an in-memory encode failed", e);
        }
        return new SanitizedImage(header.format() == ImageFormat.PNG ? ImageFormat.PNG : ImageFormat.JPEG, out.toByteArray(),
                flat.getWidth(), flat.getHeight());
    }
}
