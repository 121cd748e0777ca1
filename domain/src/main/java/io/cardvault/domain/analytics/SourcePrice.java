package io.cardvault.domain.analytics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * A source's newest headline value for one card variant (Cardmarket trend, TCGplayer market,
 * PriceCharting loose, eBay last sold), as published and in EUR (null when no rate converts it).
 */
public record SourcePrice(long cardId, String cardName, String source, String variant, String foilStatus,
                          BigDecimal price, Currency currency, BigDecimal priceEur, LocalDate recordedOn)
        implements Serializable {
}
