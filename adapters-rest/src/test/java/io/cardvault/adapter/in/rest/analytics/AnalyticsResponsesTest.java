package io.cardvault.adapter.in.rest.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.adapter.in.rest.JsonConfigurationAccess;
import io.cardvault.application.port.in.analytics.TrendSummary;
import io.cardvault.domain.analytics.HotCard;
import io.cardvault.domain.analytics.MarketCard;
import io.cardvault.domain.analytics.Velocity;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.shared.Money;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The side rail and hot-card shapes: the spec's names with digits, every missing part written as null. */
class AnalyticsResponsesTest {

    @Test
    void a_side_rail_without_data_writes_every_part_as_null_under_the_spec_names() {
        TrendSummary empty = new TrendSummary(new CardId(891), "normal", null, null, null,
                List.of(new TrendSummary.Delta(1, null, null, false), new TrendSummary.Delta(30, null, null, false)),
                null, null, 0, null, null, null, null);

        JsonObject json = write(AnalyticsResponses.TrendSummaryResponse.from(empty));

        assertThat(json.keySet()).containsExactlyInAnyOrder("card_id", "scope", "current", "deltas", "all_time_high",
                "sales_volume_30d", "point_count", "market_verdict", "buy_sell_spread", "velocity");
        assertThat(json.getJsonObject("deltas").keySet()).containsExactly("d1", "d30");
        assertThat(json.getJsonObject("deltas").getJsonObject("d30").isNull("pct")).isTrue();
        assertThat(json.isNull("sales_volume_30d")).isTrue();
        assertThat(json.isNull("market_verdict")).isTrue();
        assertThat(json.getJsonObject("scope").isNull("grading_company")).isTrue();
    }

    @Test
    void velocity_and_hot_cards_keep_the_underscore_before_their_digits() {
        JsonObject velocity = write(AnalyticsResponses.VelocityResponse.from(Velocity.of(47)));
        JsonObject hot = write(AnalyticsResponses.HotItem.from(new HotCard(new MarketCard(1, "Pikachu", "Base", "pokemon", null),
                Money.of("5", "EUR"), 10.0, 3, 14, 2, 17)));

        assertThat(velocity.keySet()).containsExactlyInAnyOrder("label", "sample_30d", "tier");
        assertThat(hot.keySet()).contains("change_7d_pct", "sales_7d", "price_updates_7d", "sources", "heat", "current_price");
    }

    private static JsonObject write(Object value) {
        return Json.createReader(new StringReader(JsonConfigurationAccess.jsonb().toJson(value))).readObject();
    }
}
