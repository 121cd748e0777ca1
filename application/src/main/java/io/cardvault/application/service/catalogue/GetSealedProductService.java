package io.cardvault.application.service.catalogue;

import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.GetSealedProductUseCase;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadSealedProductsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.SealedProduct;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** One sealed product of a game. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none (no XA round trips)
public class GetSealedProductService implements GetSealedProductUseCase {

    private final LoadCatalogueViewsPort views;
    private final LoadSealedProductsPort sealed;

    @Inject
    public GetSealedProductService(LoadCatalogueViewsPort views, LoadSealedProductsPort sealed) {
        this.views = views;
        this.sealed = sealed;
    }

    @Override
    public SealedProduct sealedProduct(String gameSlug, long productId) {
        CatalogueLookups.game(views, gameSlug);
        return sealed.sealedProduct(gameSlug, productId).orElseThrow(
                () -> new CatalogueEntryNotFoundException(CatalogueEntryNotFoundException.Entry.SEALED_PRODUCT, productId));
    }
}
