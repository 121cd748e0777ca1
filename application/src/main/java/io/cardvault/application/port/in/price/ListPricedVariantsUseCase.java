package io.cardvault.application.port.in.price;

import io.cardvault.domain.price.PricedVariant;
import java.util.List;

/** Use case: every catalogue variant a marketplace product id reaches (what a price source can quote). */
public interface ListPricedVariantsUseCase {

    List<PricedVariant> pricedVariants();
}
