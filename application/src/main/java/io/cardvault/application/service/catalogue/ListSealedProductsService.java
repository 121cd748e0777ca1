package io.cardvault.application.service.catalogue;

import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.application.port.in.catalogue.ListSealedProductsUseCase;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadSealedProductsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.SealedProduct;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.catalogue.Window;
import jakarta.inject.Inject;
import java.util.Optional;
import jakarta.transaction.Transactional;

/** A game's sealed products; the game must exist. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none (no XA round trips)
public class ListSealedProductsService implements ListSealedProductsUseCase {

    private final LoadCatalogueViewsPort views;
    private final LoadSealedProductsPort sealed;

    @Inject
    public ListSealedProductsService(LoadCatalogueViewsPort views, LoadSealedProductsPort sealed) {
        this.views = views;
        this.sealed = sealed;
    }

    @Override
    public Slice<SealedProduct> sealedProducts(String gameSlug, Optional<CardSetId> setId, Window window) {
        CatalogueLookups.game(views, gameSlug);
        return sealed.sealedProducts(gameSlug, setId, window);
    }
}
