package io.cardvault.application.service.collection;

import io.cardvault.application.port.out.ExchangeRatesStorePort;
import io.cardvault.domain.analytics.EuroReferenceRates;
import io.cardvault.domain.collection.InvalidCollectionDataException;
import io.cardvault.domain.price.PriceSource;
import java.util.Currency;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The currencies a wish or an alert may be set in: the ones our sources price in (EUR, USD) and every
 * currency the newest stored ECB reference rates reach, since a price is compared in the watcher's
 * currency through those rates. A currency nothing converts to could never be compared, so it is refused.
 */
final class WatchCurrencies {

    private WatchCurrencies() {
    }

    static Currency requireComparable(Currency currency, ExchangeRatesStorePort rates) {
        Set<Currency> usable = usable(rates);
        if (!usable.contains(currency)) {
            throw new InvalidCollectionDataException("currency", "prices cannot be compared in " + currency.getCurrencyCode()
                    + "; use one of " + usable.stream().map(Currency::getCurrencyCode)
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
        return currency;
    }

    private static Set<Currency> usable(ExchangeRatesStorePort rates) {
        Set<Currency> usable = new HashSet<>();
        usable.add(EuroReferenceRates.EUR);
        for (PriceSource source : PriceSource.values()) {
            usable.add(source.currency());
        }
        rates.latest().ifPresent(day -> usable.addAll(day.perEuro().keySet()));
        return usable;
    }
}
