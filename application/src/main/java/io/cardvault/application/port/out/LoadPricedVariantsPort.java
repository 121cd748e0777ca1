package io.cardvault.application.port.out;

import io.cardvault.domain.price.PricedVariant;
import java.util.List;

/** Outgoing port: every catalogue variant that a marketplace product id reaches (own id or its card's). */
public interface LoadPricedVariantsPort {

    List<PricedVariant> pricedVariants();
}
