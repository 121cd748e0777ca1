package io.cardvault.application.port.in.marketplace;

import java.util.Optional;

/**
 * Use case: the bytes of a kept listing photo by the path part of its URL ({@code 2026/05/<hash>.webp});
 * empty for a path that names no kept photo or is not a photo's name at all.
 */
public interface GetListingImageUseCase {

    Optional<ListingPhoto> find(String path);
}
