package io.cardvault.application.port.out;

import io.cardvault.application.port.out.image.SanitizedImage;
import io.cardvault.domain.shared.ImageUploadGuard;

/**
 * Outgoing port: makes an uploaded image safe to keep and to show to others. The upload is first
 * held to {@code guard} (bytes, type by its first bytes, pixels by its header) before anything
 * decodes it, then decoded and encoded again in its own format, so what comes out holds pixels only:
 * no EXIF (a phone's GPS position, its serial number), no comments, no trailing bytes, nothing a
 * browser could read as another type. Listing photos and avatars use it; scan photos are to.
 */
public interface SanitizeImagePort {

    /**
     * @throws io.cardvault.domain.shared.RejectedImageException the bytes break one of the guard's limits,
     *                                                           or their pixel data does not decode
     */
    SanitizedImage sanitize(byte[] upload, ImageUploadGuard guard);

    /**
     * The upload as an avatar: held to {@code guard} and decoded as {@link #sanitize} does, then its centre
     * square scaled to {@code side} × {@code side} pixels and encoded as WebP, holding pixels only.
     *
     * @throws io.cardvault.domain.shared.RejectedImageException as {@link #sanitize}
     */
    SanitizedImage avatar(byte[] upload, ImageUploadGuard guard, int side);
}
