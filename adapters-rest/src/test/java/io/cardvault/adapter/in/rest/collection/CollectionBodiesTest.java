package io.cardvault.adapter.in.rest.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.collection.InvalidCollectionDataException;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.shared.Money;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CollectionBodiesTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static void refused(Runnable parse, String field) {
        assertThatThrownBy(parse::run)
                .isInstanceOfSatisfying(InvalidCollectionDataException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void a_price_paid_is_in_dollars_unless_another_currency_is_named_and_kept_to_the_cent() {
        assertThat(CollectionBodies.pricePaid(new BigDecimal("300"), null)).contains(Money.of("300", "USD"));
        assertThat(CollectionBodies.pricePaid(new BigDecimal("12.5"), "eur")).contains(Money.of("12.50", "EUR"));
        assertThat(CollectionBodies.pricePaid(null, "EUR")).isEmpty();
        refused(() -> CollectionBodies.pricePaid(new BigDecimal("1.005"), null), "price_paid");
        refused(() -> CollectionBodies.pricePaid(new BigDecimal("12345678901"), null), "price_paid");
        refused(() -> CollectionBodies.pricePaid(new BigDecimal("-1"), null), "price_paid");
        refused(() -> CollectionBodies.pricePaid(BigDecimal.ONE, "XYZ"), "price_paid_currency");
        refused(() -> CollectionBodies.pricePaid(BigDecimal.ONE, "euro"), "price_paid_currency");
    }

    @Test
    void a_slab_needs_company_and_grade_and_graded_false_clears_it() {
        assertThat(CollectionBodies.grading(null, null, null)).isEmpty();
        assertThat(CollectionBodies.grading(true, "psa", "10")).contains(Optional.of(Grading.of(GradingCompany.PSA, "10")));
        assertThat(CollectionBodies.grading(null, "BGS", "9.5")).contains(Optional.of(Grading.of(GradingCompany.BGS, "9.5")));
        assertThat(CollectionBodies.grading(false, null, null)).contains(Optional.empty());
        refused(() -> CollectionBodies.grading(true, null, null), "grade");
        refused(() -> CollectionBodies.grading(true, "PSA", null), "grade");
        refused(() -> CollectionBodies.grading(null, null, "9"), "grading_company");
        refused(() -> CollectionBodies.grading(false, "PSA", "9"), "graded");
        refused(() -> CollectionBodies.grading(true, "ACME", "9"), "grading_company");
        refused(() -> CollectionBodies.grading(true, "other", "9"), "grading_company");
        refused(() -> CollectionBodies.grading(true, "PSA", "11"), "grade");
    }

    @Test
    void a_patch_body_tells_absent_from_null_and_refuses_wrong_types() {
        JsonObject body = json("{\"quantity\": 3, \"variant\": null, \"price_paid\": 12.5, \"graded\": false}");

        assertThat(CollectionBodies.integer(body, "quantity")).contains(3);
        assertThat(CollectionBodies.text(body, "variant")).contains(Optional.empty());
        assertThat(CollectionBodies.text(body, "condition")).isEmpty();
        assertThat(CollectionBodies.number(body, "price_paid")).contains(Optional.of(new BigDecimal("12.5")));
        assertThat(CollectionBodies.bool(body, "graded")).contains(false);
        refused(() -> CollectionBodies.integer(json("{\"quantity\": \"two\"}"), "quantity"), "quantity");
        refused(() -> CollectionBodies.integer(json("{\"quantity\": 1.5}"), "quantity"), "quantity");
        refused(() -> CollectionBodies.integer(json("{\"quantity\": 99999999999}"), "quantity"), "quantity");
        refused(() -> CollectionBodies.text(json("{\"condition\": 1}"), "condition"), "condition");
        refused(() -> CollectionBodies.number(json("{\"price_paid\": \"10\"}"), "price_paid"), "price_paid");
        refused(() -> CollectionBodies.bool(json("{\"graded\": \"yes\"}"), "graded"), "graded");
    }
}
