package io.cardvault.application.port.in.catalogue;

import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.SealedProduct;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.catalogue.Window;
import java.util.Optional;

/** Use case: the sealed products of a game, optionally of one set. */
public interface ListSealedProductsUseCase {

    /** @throws CatalogueEntryNotFoundException for an unknown game */
    Slice<SealedProduct> sealedProducts(String gameSlug, Optional<CardSetId> setId, Window window);
}
