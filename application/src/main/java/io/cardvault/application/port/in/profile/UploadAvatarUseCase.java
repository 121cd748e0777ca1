package io.cardvault.application.port.in.profile;

import io.cardvault.domain.account.AccountId;

/**
 * Use case: a collector's avatar from an uploaded JPEG, PNG or WebP (at most 5 MB, checked by its header
 * before anything decodes it): its centre square, 256 × 256, re-encoded as WebP without metadata.
 *
 * @throws io.cardvault.domain.shared.RejectedImageException the upload breaks a limit or does not decode
 */
public interface UploadAvatarUseCase {

    UploadedAvatar upload(AccountId account, byte[] image);
}
