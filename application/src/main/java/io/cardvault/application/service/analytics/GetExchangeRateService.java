package io.cardvault.application.service.analytics;

import io.cardvault.application.port.in.analytics.ExchangeRate;
import io.cardvault.application.port.in.analytics.GetExchangeRateUseCase;
import io.cardvault.application.port.in.analytics.UnknownExchangeRateException;
import io.cardvault.application.port.out.ExchangeRatesStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.analytics.EuroReferenceRates;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Currency;

/** The newest stored ECB day's cross rate between two currencies. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class GetExchangeRateService implements GetExchangeRateUseCase {

    private final ExchangeRatesStorePort rates;

    @Inject
    public GetExchangeRateService(ExchangeRatesStorePort rates) {
        this.rates = rates;
    }

    /** For CDI's client proxy only. */
    protected GetExchangeRateService() {
        this(null);
    }

    @Override
    public ExchangeRate rate(Currency from, Currency to) {
        EuroReferenceRates latest = rates.latest()
                .orElseThrow(() -> new UnknownExchangeRateException("No exchange rates ingested yet"));
        return latest.rate(from, to).map(rate -> new ExchangeRate(from, to, rate, latest.day()))
                .orElseThrow(() -> new UnknownExchangeRateException("No reference rate for "
                        + (latest.perEuro(from).isEmpty() ? from : to).getCurrencyCode()));
    }
}
