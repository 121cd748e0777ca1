package io.cardvault.application.service.collection;

import io.cardvault.domain.analytics.EuroReferenceRates;
import io.cardvault.domain.price.MarketPriceType;
import io.cardvault.domain.price.PricePoint;
import io.cardvault.domain.shared.Money;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * What a wish's "current price" is: the lowest newest market value (the source's market price type,
 * ungraded: the value an alert or a wish is checked against when prices move) over the card's variants
 * and sources, each converted into the wish's currency with the newest ECB rates. A source whose
 * currency no stored rate reaches is left out rather than compared across currencies.
 */
final class CurrentMarketPrice {

    private CurrentMarketPrice() {
    }

    static Optional<Money> lowest(List<PricePoint> latest, Currency currency, Optional<EuroReferenceRates> rates) {
        return latest.stream()
                .filter(point -> !point.series().isGraded()
                        && point.series().type() == MarketPriceType.of(point.series().source()))
                .map(point -> in(point.amount(), currency, rates))
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
    }

    private static Optional<Money> in(Money price, Currency currency, Optional<EuroReferenceRates> rates) {
        return price.currency().equals(currency) ? Optional.of(price) : rates.flatMap(day -> day.convert(price, currency));
    }
}
