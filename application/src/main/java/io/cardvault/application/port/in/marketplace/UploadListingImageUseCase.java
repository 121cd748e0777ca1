package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.account.AccountId;

/**
 * Use case: a seller's photo for a listing. The upload is held to
 * {@link io.cardvault.domain.shared.ImageUploadGuard#LISTING_PHOTO} (8 MB, JPEG/PNG/WebP by its
 * first bytes, pixels by its header) before anything decodes it, re-encoded without metadata and
 * kept under its content's hash; the answer is the URL to put in a listing's {@code image_urls}.
 *
 * @throws io.cardvault.domain.shared.RejectedImageException the upload breaks a limit or does not decode
 */
public interface UploadListingImageUseCase {

    UploadedListingImage upload(AccountId uploader, byte[] upload);
}
