package io.cardvault.application.port.out;

import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.SealedProduct;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.catalogue.Window;
import java.util.Optional;

/** Outgoing port: the sealed products of a game. */
public interface LoadSealedProductsPort {

    /** Products of a game, optionally of one set, by id. */
    Slice<SealedProduct> sealedProducts(String gameSlug, Optional<CardSetId> setId, Window window);

    Optional<SealedProduct> sealedProduct(String gameSlug, long productId);
}
