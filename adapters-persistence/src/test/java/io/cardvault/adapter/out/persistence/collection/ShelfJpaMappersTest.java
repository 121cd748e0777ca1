package io.cardvault.adapter.out.persistence.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.collection.InvalidCollectionDataException;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the mappers do that the database-backed contracts cannot show: refusals before a write, the JSON's shape. */
class ShelfJpaMappersTest {

    @Test
    void an_amount_the_two_decimal_column_cannot_hold_exactly_is_refused_for_the_named_field_not_rounded() {
        assertThat(MoneyColumns.amount(Money.of("12.5", "EUR"), "price_paid")).isEqualTo(new BigDecimal("12.50"));
        assertThat(MoneyColumns.amount(Money.of("1500", "JPY"), "price_paid")).isEqualTo(new BigDecimal("1500.00"));
        assertThatThrownBy(() -> MoneyColumns.amount(Money.of("0.125", "USD"), "target_price"))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class, e -> assertThat(e.field()).isEqualTo("target_price"));
        assertThatThrownBy(() -> MoneyColumns.amount(Money.of("10000000000", "USD"), "max_price"))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class, e -> assertThat(e.field()).isEqualTo("max_price"));
        assertThat(MoneyColumns.amount(Money.of("9999999999.99", "USD"), "max_price")).isEqualTo(new BigDecimal("9999999999.99"));
    }

    @Test
    void a_stored_amount_reads_back_in_its_currencys_scale() {
        assertThat(MoneyColumns.money(new BigDecimal("1500.00"), "JPY")).contains(Money.of("1500", "JPY"));
        assertThat(MoneyColumns.money(new BigDecimal("12.50"), "EUR")).contains(Money.of("12.5", "EUR"));
        assertThat(MoneyColumns.money(null, null)).isEmpty();
        assertThat(MoneyColumns.amountOrNull(Optional.empty(), "price_paid")).isNull();
    }

    @Test
    void notification_data_is_a_flat_json_object_that_reads_back_in_order_with_its_types() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("source", "cardmarket \"trend\"");
        data.put("card_id", 891L);
        data.put("alert_id", Long.MAX_VALUE);

        String json = NotificationJpaMapper.json(data);
        assertThat(json).isEqualTo("{\"source\":\"cardmarket \\\"trend\\\"\",\"card_id\":891,\"alert_id\":" + Long.MAX_VALUE + "}");
        assertThat(NotificationJpaMapper.data(json)).containsExactlyEntriesOf(data);
        assertThat(NotificationJpaMapper.data(NotificationJpaMapper.json(Map.of()))).isEmpty();
    }
}
