package io.cardvault.domain.price;

import io.cardvault.domain.shared.Money;
import java.time.LocalDate;

/** Read model: the market value one source gave a sealed product on one day. */
public record SealedPriceSnapshot(PriceSource source, LocalDate day, Money marketPrice) {

    public SealedPriceSnapshot {
        InvalidPriceDataException.require(source != null && day != null && marketPrice != null,
                "a sealed snapshot needs a source, a day and a price");
    }
}
