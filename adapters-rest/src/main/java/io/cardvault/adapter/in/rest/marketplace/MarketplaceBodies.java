package io.cardvault.adapter.in.rest.marketplace;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.marketplace.InvalidMarketplaceDataException;
import io.cardvault.domain.marketplace.ListingTerms;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.InvalidPriceDataException;
import io.cardvault.domain.shared.Money;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the marketplace routes' body fields into domain values, each wrong value an
 * {@link InvalidMarketplaceDataException} naming its field (422). The PATCH body is read as JSON,
 * because there an explicit {@code null} means "clear it" and an absent field "leave it".
 */
final class MarketplaceBodies {

    private MarketplaceBodies() {
    }

    /** A listing's terms from the body of {@code POST /seller/listings} (and of its drafts). */
    static ListingTerms terms(CreateListingRequest body) {
        return new ListingTerms(new CardId(body.cardId()), Optional.ofNullable(body.variant()), condition(body.condition()),
                grading(body.graded(), body.gradingCompany(), body.grade() == null ? null : body.grade().toPlainString()),
                body.quantity() == null ? 1 : body.quantity(), euros(body.price(), "price"),
                Optional.ofNullable(body.description()), Boolean.TRUE.equals(body.acceptsOffers()),
                !Boolean.FALSE.equals(body.buyNowEnabled()),
                body.imageUrls() == null ? List.of() : body.imageUrls(), Boolean.TRUE.equals(body.imageProtection()));
    }

    /** A euro amount as the body gave it; its rules (positive, whole cents) are the domain's. */
    static Money euros(BigDecimal amount, String field) {
        require(amount != null, field, field + " is required");
        try {
            return new Money(java.util.Currency.getInstance("EUR"), amount);
        } catch (IllegalArgumentException tooPrecise) {
            throw new InvalidMarketplaceDataException(field, field + " has at most two decimals: " + amount.toPlainString());
        }
    }

    static CardCondition condition(String text) {
        require(text != null && !text.isBlank(), "condition", "condition is required: NM, LP, MP, HP or DMG");
        return CardCondition.parse(text);
    }

    /**
     * The slab the fields describe: empty when none is given or {@code graded} is false; a grading
     * when company and grade are both given (with {@code graded} true or absent).
     */
    static Optional<Grading> grading(Boolean graded, String company, String grade) {
        boolean named = company != null || grade != null;
        if (Boolean.FALSE.equals(graded)) {
            require(!named, "graded", "a card that is not graded has no grading_company or grade");
            return Optional.empty();
        }
        if (!named) {
            require(graded == null, "grade", "a graded card needs grading_company and grade");
            return Optional.empty();
        }
        require(company != null, "grading_company", "grading_company is required with a grade");
        require(grade != null, "grade", "grade is required with a grading_company");
        GradingCompany issuer = GradingCompany.find(company.strip().toLowerCase(Locale.ROOT))
                .filter(known -> known != GradingCompany.OTHER)
                .orElseThrow(() -> new InvalidMarketplaceDataException("grading_company",
                        "grading_company must be one of PSA, BGS, CGC, SGC, ACE, TAG: " + company));
        try {
            return Optional.of(Grading.of(issuer, grade));
        } catch (InvalidPriceDataException notAGrade) {
            throw new InvalidMarketplaceDataException("grade", "grade runs from 1 to 10 in half steps: " + grade);
        }
    }

    /**
     * The optional {@code variant} of a body that may be absent, empty or {@code {}} (buy-now's: "no body
     * required"); anything but a JSON object is refused.
     */
    static Optional<String> variantOf(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        JsonValue parsed;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            parsed = reader.readValue();
        } catch (JsonException notJson) {
            throw new InvalidMarketplaceDataException("body", "the body is a JSON object, e.g. {\"variant\":\"holo\"}");
        }
        require(parsed instanceof JsonObject, "body", "the body is a JSON object, e.g. {\"variant\":\"holo\"}");
        Optional<String> variant = field((JsonObject) parsed, "variant").filter(value -> !isNull(value))
                .map(value -> text(value, "variant"));
        variant.ifPresent(word -> require(word.length() <= 64, "variant", "variant has at most 64 characters"));
        return variant;
    }

    /** A field of a PATCH body: absent is empty; otherwise the value, which must have the kind asked for. */
    static Optional<JsonValue> field(JsonObject body, String field) {
        return body.containsKey(field) ? Optional.of(body.get(field)) : Optional.empty();
    }

    static boolean isNull(JsonValue value) {
        return value.getValueType() == JsonValue.ValueType.NULL;
    }

    static String text(JsonValue value, String field) {
        require(value instanceof JsonString, field, field + " must be a string");
        return ((JsonString) value).getString();
    }

    static BigDecimal number(JsonValue value, String field) {
        require(value instanceof JsonNumber, field, field + " must be a number");
        return ((JsonNumber) value).bigDecimalValue();
    }

    static int whole(JsonValue value, String field) {
        require(value instanceof JsonNumber number && number.isIntegral(), field, field + " must be a whole number");
        try {
            return ((JsonNumber) value).intValueExact();
        } catch (ArithmeticException tooLarge) {
            throw new InvalidMarketplaceDataException(field, field + " is out of range");
        }
    }

    static boolean bool(JsonValue value, String field) {
        require(value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE,
                field, field + " must be true or false");
        return value.getValueType() == JsonValue.ValueType.TRUE;
    }

    static List<String> texts(JsonValue value, String field) {
        require(value instanceof JsonArray, field, field + " must be a list of strings");
        List<String> texts = new ArrayList<>();
        for (JsonValue item : (JsonArray) value) {
            texts.add(text(item, field));
        }
        return texts;
    }

    static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidMarketplaceDataException(field, message);
        }
    }
}
