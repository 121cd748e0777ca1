package io.cardvault.application.service.price;

import io.cardvault.application.port.in.price.ListPricedVariantsUseCase;
import io.cardvault.application.port.out.LoadPricedVariantsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.price.PricedVariant;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Lists what marketplaces can price (the sandbox market quotes exactly these). */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class ListPricedVariantsService implements ListPricedVariantsUseCase {

    private final LoadPricedVariantsPort variants;

    @Inject
    public ListPricedVariantsService(LoadPricedVariantsPort variants) {
        this.variants = variants;
    }

    /** For CDI's client proxy only. */
    protected ListPricedVariantsService() {
        this.variants = null;
    }

    @Override
    public List<PricedVariant> pricedVariants() {
        return variants.pricedVariants();
    }
}
