package io.cardvault.application.port.out;

import io.cardvault.domain.trust.PhotoFingerprint;

/**
 * Outgoing port: the perceptual fingerprint of an encoded photo (already held to an upload guard
 * and sanitized): its whole view and, for a photo to protect, views of it cropped a little.
 */
public interface FingerprintPhotoPort {

    /** The views a protected photo is kept with: the whole photo and its slightly cropped views. */
    PhotoFingerprint protectedViews(byte[] encoded);

    /** The one whole view a photo found elsewhere is compared by. */
    PhotoFingerprint probe(byte[] encoded);
}
