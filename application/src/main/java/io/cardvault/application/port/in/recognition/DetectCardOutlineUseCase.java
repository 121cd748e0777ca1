package io.cardvault.application.port.in.recognition;

import io.cardvault.domain.recognition.OutlineDetection;

/**
 * Use case: find the card outline in a camera frame, with the advice for a better capture (a
 * preview; consumes no quota).
 */
public interface DetectCardOutlineUseCase {

    /**
     * No outline when no card-shaped quadrilateral is visible; {@link OutlineDetection#NOTHING}
     * when the image cannot be decoded (a preview frame is not worth an error).
     *
     * @throws io.cardvault.domain.shared.RejectedImageException for bytes that are no JPEG, PNG or
     *                                                           WebP of an allowed size
     */
    OutlineDetection detect(byte[] image);
}
