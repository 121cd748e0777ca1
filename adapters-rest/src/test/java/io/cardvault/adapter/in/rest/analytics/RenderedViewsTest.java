package io.cardvault.adapter.in.rest.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.adapter.in.rest.JsonConfigurationAccess;
import io.cardvault.domain.analytics.MarketCard;
import io.cardvault.domain.analytics.Mover;
import io.cardvault.domain.shared.Money;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RenderedViewsTest {

    private final RenderedViews rendered = new RenderedViews();

    @Test
    void the_bytes_are_the_json_b_answer_of_the_response_record() {
        Mover.Ranking ranking = ranking(new BigDecimal("110.00"));
        AnalyticsResponses.MoversResponse response = AnalyticsResponses.MoversResponse.from(ranking, "30d", "pokemon");

        byte[] bytes = rendered.bytes(() -> response, "movers", "30d", "pokemon", ranking);

        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(JsonConfigurationAccess.jsonb().toJson(response));
        JsonObject json = Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8))).readObject();
        assertThat(json.keySet()).containsExactlyInAnyOrder("gainers", "losers", "most_volatile", "period", "tcg");
        assertThat(json.getJsonArray("gainers").getJsonObject(0).getJsonNumber("change_pct").doubleValue()).isEqualTo(10.0);
    }

    @Test
    void an_equal_view_is_written_once_and_a_changed_view_again() {
        AtomicInteger written = new AtomicInteger();
        Mover.Ranking before = ranking(new BigDecimal("110.00"));

        byte[] first = rendered.bytes(() -> count(written, before), "movers", "30d", "all", before);
        // the same view read again from the cache (an equal value, not necessarily the same object)
        byte[] again = rendered.bytes(() -> count(written, before), "movers", "30d", "all", ranking(new BigDecimal("110.00")));
        byte[] otherPeriod = rendered.bytes(() -> count(written, before), "movers", "7d", "all", before);
        Mover.Ranking after = ranking(new BigDecimal("121.00"));
        byte[] recomputed = rendered.bytes(() -> count(written, after), "movers", "30d", "all", after);

        assertThat(again).isSameAs(first);
        assertThat(otherPeriod).isNotSameAs(first);
        assertThat(recomputed).isNotEqualTo(first);
        assertThat(written).hasValue(3);
    }

    @Test
    void null_parameters_are_part_of_the_key() {
        byte[] none = rendered.bytes(() -> List.of(1), "hot", null, 12);
        byte[] some = rendered.bytes(() -> List.of(2), "hot", "pokemon", 12);

        assertThat(new String(none, StandardCharsets.UTF_8)).isEqualTo("[1]");
        assertThat(new String(some, StandardCharsets.UTF_8)).isEqualTo("[2]");
    }

    @Test
    void it_never_holds_more_than_its_budget() {
        String large = "x".repeat(1024 * 1024);
        for (int i = 0; i < 20; i++) {
            rendered.bytes(() -> large, "big", i);
        }

        assertThat(rendered.size()).isLessThan(20);
    }

    private static AnalyticsResponses.MoversResponse count(AtomicInteger written, Mover.Ranking ranking) {
        written.incrementAndGet();
        return AnalyticsResponses.MoversResponse.from(ranking, "30d", "all");
    }

    private static Mover.Ranking ranking(BigDecimal current) {
        Currency euro = Currency.getInstance("EUR");
        Mover mover = new Mover(new MarketCard(7, "Ho-Oh", "Celebrations", "pokemon", "Rare"), new Money(euro, current),
                new Money(euro, current.subtract(new BigDecimal("100.00"))), current.subtract(new BigDecimal("100")).doubleValue(), 0.0);
        return Mover.Ranking.of(List.of(mover), 20);
    }
}
