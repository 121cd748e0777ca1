package io.cardvault.application.port.out;

import io.cardvault.application.port.out.analytics.ExchangeRatesUnavailableException;
import io.cardvault.domain.analytics.EuroReferenceRates;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** In-memory fake of the rate upstream: the days it was given, oldest first, or unavailable. */
public final class FixedExchangeRatesUpstream implements ReadExchangeRatesPort {

    private final List<EuroReferenceRates> days;
    private boolean available = true;
    private int reads;

    public FixedExchangeRatesUpstream(List<EuroReferenceRates> days) {
        this.days = days.stream().sorted(Comparator.comparing(EuroReferenceRates::day)).toList();
    }

    /** From now on every read fails as an unreachable upstream does. */
    public FixedExchangeRatesUpstream unavailable() {
        available = false;
        return this;
    }

    @Override
    public List<EuroReferenceRates> read() {
        reads++;
        if (!available) {
            throw new ExchangeRatesUnavailableException("the fixed upstream is down", null);
        }
        return days;
    }

    @Override
    public String upstream() {
        return "fixed:" + days.stream().map(EuroReferenceRates::day).map(LocalDate::toString).reduce((a, b) -> b).orElse("empty");
    }

    public int reads() {
        return reads;
    }
}
