package io.cardvault.application.port.in.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** Units of {@code to} per unit of {@code from} on the ECB reference day, crossed through the euro. */
public record ExchangeRate(Currency from, Currency to, BigDecimal rate, LocalDate day) {
}
