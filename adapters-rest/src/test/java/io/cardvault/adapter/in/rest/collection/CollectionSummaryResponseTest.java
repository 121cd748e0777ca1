package io.cardvault.adapter.in.rest.collection;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.adapter.in.rest.JsonConfiguration;
import io.cardvault.application.port.in.collection.CollectionSummary;
import io.cardvault.application.port.in.collection.TopCard;
import io.cardvault.application.port.in.collection.ValueChange;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.shared.Money;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CollectionSummaryResponseTest {

    @Test
    void the_summary_is_written_with_the_specs_field_names() {
        CollectionSummary summary = new CollectionSummary(Currency.getInstance("EUR"), Money.of("12483.41", "EUR"), 47, 1,
                Optional.of(new ValueChange(Money.of("184.20", "EUR"), Optional.of(new BigDecimal("1.50")))), Optional.empty(),
                Map.of("pokemon", Money.of("9234.50", "EUR")),
                Optional.of(new TopCard(new CardId(891), "Charizard", Money.of("894.61", "EUR"))));

        String json = JsonConfiguration.jsonb().toJson(CollectionSummaryResponse.from(summary));
        JsonObject body = Json.createReader(new StringReader(json)).readObject();

        assertThat(body.keySet()).containsExactlyInAnyOrder("total_value", "card_count", "change_24h", "change_24h_pct",
                "change_7d", "change_7d_pct", "by_tcg", "top_card", "currency", "unvalued_count");
        assertThat(body.getJsonNumber("change_24h").bigDecimalValue()).isEqualByComparingTo("184.20");
        assertThat(body.isNull("change_7d")).isTrue();
        assertThat(body.getJsonObject("top_card").getJsonNumber("card_id").longValue()).isEqualTo(891);
    }
}
