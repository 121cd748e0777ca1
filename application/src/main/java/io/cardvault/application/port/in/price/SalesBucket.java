package io.cardvault.application.port.in.price;

import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.shared.Money;
import java.time.LocalDate;
import java.util.Optional;

/** The median of one source's market values for a variant (raw or a slab) over one time bucket. */
public record SalesBucket(LocalDate start, PriceSource source, VariantId variant, Optional<Grading> grading,
                          Money median, int sample) {
}
