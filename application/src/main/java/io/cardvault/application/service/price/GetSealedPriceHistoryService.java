package io.cardvault.application.service.price;

import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException.Entry;
import io.cardvault.application.port.in.price.GetSealedPriceHistoryUseCase;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.application.port.out.LoadSealedProductsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.SealedProduct;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A sealed product of a game with its daily market values. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class GetSealedPriceHistoryService implements GetSealedPriceHistoryUseCase {

    private final LoadCatalogueViewsPort views;
    private final LoadSealedProductsPort sealed;
    private final LoadPricesPort prices;

    @Inject
    public GetSealedPriceHistoryService(LoadCatalogueViewsPort views, LoadSealedProductsPort sealed, LoadPricesPort prices) {
        this.views = views;
        this.sealed = sealed;
        this.prices = prices;
    }

    /** For CDI's client proxy only. */
    protected GetSealedPriceHistoryService() {
        this(null, null, null);
    }

    @Override
    public SealedHistory history(String gameSlug, long productId, int days) {
        views.game(gameSlug).orElseThrow(() -> new CatalogueEntryNotFoundException(Entry.GAME, gameSlug));
        SealedProduct product = sealed.sealedProduct(gameSlug, productId)
                .orElseThrow(() -> new CatalogueEntryNotFoundException(Entry.SEALED_PRODUCT, productId));
        return new SealedHistory(product, prices.sealedSnapshots(productId, PriceLookups.today().minusDays(days)));
    }
}
