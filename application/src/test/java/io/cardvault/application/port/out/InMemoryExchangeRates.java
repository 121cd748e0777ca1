package io.cardvault.application.port.out;

import io.cardvault.domain.analytics.EuroReferenceRates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** In-memory fake of the rate store: one rate per (currency, day), a re-stored one overwritten, the newest day read whole. */
public final class InMemoryExchangeRates implements ExchangeRatesStorePort {

    private final TreeMap<LocalDate, Map<Currency, BigDecimal>> days = new TreeMap<>();

    @Override
    public synchronized int store(List<EuroReferenceRates> rates) {
        int written = 0;
        for (EuroReferenceRates day : rates) {
            days.computeIfAbsent(day.day(), any -> new HashMap<>()).putAll(day.perEuro());
            written += day.perEuro().size();
        }
        return written;
    }

    @Override
    public synchronized Optional<EuroReferenceRates> latest() {
        return days.isEmpty() ? Optional.empty()
                : Optional.of(new EuroReferenceRates(days.lastKey(), days.lastEntry().getValue()));
    }
}
