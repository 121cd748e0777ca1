package io.cardvault.application.port.in.catalogue;

import io.cardvault.domain.catalogue.SealedProduct;

/** Use case: one sealed product of a game. */
public interface GetSealedProductUseCase {

    /** @throws CatalogueEntryNotFoundException for an unknown game or product */
    SealedProduct sealedProduct(String gameSlug, long productId);
}
