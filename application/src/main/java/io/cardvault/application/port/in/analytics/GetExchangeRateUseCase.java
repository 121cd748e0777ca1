package io.cardvault.application.port.in.analytics;

import java.util.Currency;

/** Use case: the newest ECB reference rate between two currencies. */
public interface GetExchangeRateUseCase {

    ExchangeRate rate(Currency from, Currency to);
}
