package io.cardvault.adapter.in.rest.collection;

import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.collection.InvalidCollectionDataException;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.InvalidPriceDataException;
import io.cardvault.domain.shared.Money;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the collection routes' body fields into domain values, each wrong value an
 * {@link InvalidCollectionDataException} naming its field (422). The PATCH body is read as JSON
 * because there an explicit {@code null} means "clear it" and an absent field "leave it".
 */
final class CollectionBodies {

    /** The spec: "Paid price (USD)"; another currency is named in {@code price_paid_currency}. */
    static final Currency DEFAULT_PAID_CURRENCY = Currency.getInstance("USD");
    /** The store keeps what was paid to the cent, up to ten integer digits. */
    private static final int PAID_INTEGER_DIGITS = 10;
    private static final int PAID_FRACTION_DIGITS = 2;

    private CollectionBodies() {
    }

    static CardCondition condition(String text) {
        return text == null ? CardCondition.NM : CardCondition.parse(text);
    }

    static Optional<Money> pricePaid(BigDecimal amount, String currency) {
        if (amount == null) {
            return Optional.empty();
        }
        require(amount.signum() >= 0, "price_paid", "price paid cannot be negative: " + amount.toPlainString());
        BigDecimal stripped = amount.stripTrailingZeros();
        require(stripped.scale() <= PAID_FRACTION_DIGITS && stripped.precision() - stripped.scale() <= PAID_INTEGER_DIGITS,
                "price_paid", "price paid has at most " + PAID_INTEGER_DIGITS + " integer digits and "
                        + PAID_FRACTION_DIGITS + " decimals: " + amount.toPlainString());
        return Optional.of(new Money(paidCurrency(currency), amount));
    }

    private static Currency paidCurrency(String code) {
        if (code == null || code.isBlank()) {
            return DEFAULT_PAID_CURRENCY;
        }
        try {
            require(code.strip().matches("[A-Za-z]{3}"), "price_paid_currency", "not an ISO 4217 currency code: " + code);
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidCollectionDataException("price_paid_currency", "not an ISO 4217 currency code: " + code);
        }
    }

    /**
     * The slab the fields describe: empty when none of them is given; {@code Optional.of(empty)} when
     * {@code graded} is false (not graded); a grading when company and grade are both given.
     */
    static Optional<Optional<Grading>> grading(Boolean graded, String company, String grade) {
        boolean named = company != null || grade != null;
        if (Boolean.FALSE.equals(graded)) {
            require(!named, "graded", "a card that is not graded has no grading_company or grade");
            return Optional.of(Optional.empty());
        }
        if (!named) {
            require(graded == null, "grade", "a graded card needs grading_company and grade");
            return Optional.empty();
        }
        require(company != null, "grading_company", "grading_company is required with a grade");
        require(grade != null, "grade", "grade is required with a grading_company");
        GradingCompany issuer = GradingCompany.find(company.strip().toLowerCase(Locale.ROOT))
                .filter(known -> known != GradingCompany.OTHER)
                .orElseThrow(() -> new InvalidCollectionDataException("grading_company",
                        "grading_company must be one of PSA, BGS, CGC, SGC, ACE, TAG: " + company));
        try {
            return Optional.of(Optional.of(Grading.of(issuer, grade)));
        } catch (InvalidPriceDataException notAGrade) {
            throw new InvalidCollectionDataException("grade", "grade runs from 1 to 10 in half steps: " + grade);
        }
    }

    /** An integer field of a PATCH body; {@code null} or another type is refused. */
    static Optional<Integer> integer(JsonObject body, String field) {
        if (!body.containsKey(field)) {
            return Optional.empty();
        }
        JsonValue value = body.get(field);
        require(value instanceof JsonNumber number && number.isIntegral(), field, field + " must be a whole number");
        try {
            return Optional.of(((JsonNumber) value).intValueExact());
        } catch (ArithmeticException tooLarge) {
            throw new InvalidCollectionDataException(field, field + " is out of range");
        }
    }

    /** A text field of a PATCH body: absent is empty, {@code null} is {@code Optional.of(empty)} (clear it). */
    static Optional<Optional<String>> text(JsonObject body, String field) {
        if (!body.containsKey(field)) {
            return Optional.empty();
        }
        JsonValue value = body.get(field);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.of(Optional.empty());
        }
        require(value instanceof JsonString, field, field + " must be a string");
        return Optional.of(Optional.of(((JsonString) value).getString()));
    }

    /** A number field of a PATCH body: absent is empty, {@code null} is {@code Optional.of(empty)} (clear it). */
    static Optional<Optional<BigDecimal>> number(JsonObject body, String field) {
        if (!body.containsKey(field)) {
            return Optional.empty();
        }
        JsonValue value = body.get(field);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.of(Optional.empty());
        }
        require(value instanceof JsonNumber, field, field + " must be a number");
        return Optional.of(Optional.of(((JsonNumber) value).bigDecimalValue()));
    }

    /** A boolean field of a PATCH body; {@code null} or another type is refused. */
    static Optional<Boolean> bool(JsonObject body, String field) {
        if (!body.containsKey(field)) {
            return Optional.empty();
        }
        JsonValue value = body.get(field);
        require(value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE,
                field, field + " must be true or false");
        return Optional.of(value.getValueType() == JsonValue.ValueType.TRUE);
    }

    static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidCollectionDataException(field, message);
        }
    }
}
