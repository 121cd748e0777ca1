package io.cardvault.application.port.in.trust;

/**
 * Use case: whether a photo found elsewhere (a re-posted listing photo) is one of the protected
 * listings' photos ({@code POST /api/verify/photo}). The upload is held to the listing-photo guard
 * before it is decoded.
 *
 * @throws io.cardvault.domain.shared.RejectedImageException the upload breaks the guard or does not decode
 */
public interface CheckPhotoUseCase {

    PhotoCheck check(byte[] upload);
}
