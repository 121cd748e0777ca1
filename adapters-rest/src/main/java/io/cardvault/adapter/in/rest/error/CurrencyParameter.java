package io.cardvault.adapter.in.rest.error;

import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** A query parameter that names a currency: an ISO 4217 code in any case, else 422 at the parameter's location. */
public final class CurrencyParameter {

    private CurrencyParameter() {
    }

    public static Currency parse(String parameter, String code) {
        if (code != null && code.strip().matches("[A-Za-z]{3}")) {
            try {
                return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                // falls through to the validation answer
            }
        }
        throw new InvalidParameterException(new FieldError(List.of("query", parameter),
                "not an ISO 4217 currency code: " + code, "value_error.currency"));
    }
}
