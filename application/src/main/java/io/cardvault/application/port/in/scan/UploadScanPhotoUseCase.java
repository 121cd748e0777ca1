package io.cardvault.application.port.in.scan;

import io.cardvault.domain.scan.ScanSessionId;

/**
 * Use case: keep one photo of a claimed session, turned +90° clockwise (the hand-held landscape
 * capture), stripped of metadata and stored as WebP; announces {@code photo}. The upload is held to
 * {@link io.cardvault.domain.shared.ImageUploadGuard#PHOTO} before anything decodes it.
 */
public interface UploadScanPhotoUseCase {

    UploadedScanPhoto upload(ScanSessionId id, ScanAccess.Token token, byte[] upload);
}
