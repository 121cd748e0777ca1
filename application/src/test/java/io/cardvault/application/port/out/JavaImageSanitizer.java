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

    /** The centre square scaled to side × side; Java2D writes no WebP, so the fake answers PNG (the format says so). */
    @Override
    public SanitizedImage avatar(byte[] upload, ImageUploadGuard guard, int side) {
        SanitizedImage clean = sanitize(upload, guard);
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(clean.encoded()));
        } catch (IOException e) {
            throw new IllegalStateException("an in-memory decode failed", e);
        }
        int square = Math.min(image.getWidth(), image.getHeight());
        BufferedImage avatar = new BufferedImage(side, side, BufferedImage.TYPE_3BYTE_BGR);
        avatar.getGraphics().drawImage(image.getSubimage((image.getWidth() - square) / 2, (image.getHeight() - square) / 2, square, square)
                .getScaledInstance(side, side, java.awt.Image.SCALE_SMOOTH), 0, 0, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(avatar, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException("an in-memory encode failed", e);
        }
        return new SanitizedImage(ImageFormat.PNG, out.toByteArray(), side, side);
    }
}
