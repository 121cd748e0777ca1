package io.cardvault.sandbox.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.realtime.InvalidTopicException;
import io.cardvault.domain.realtime.ListingNew;
import io.cardvault.domain.realtime.MarketEvent;
import io.cardvault.domain.realtime.PriceUpdate;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The testing routes' gate and the event mapping (the HTTP side is covered by RealtimeIT). */
class TestingRoutesTest {

    private static TestEventRequest listing(String currency) {
        return new TestEventRequest("listing_new", 267L, null, "Pokemon", null, null, null, currency, 901L,
                new BigDecimal("11.00"), null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void switched_off_nobody_gets_in_and_switched_on_only_loopback_clients() {
        assertThat(new TestingAccess(false).allows("127.0.0.1")).isFalse();
        assertThat(new TestingAccess(true).allows("127.0.0.1")).isTrue();
        assertThat(new TestingAccess(true).allows("::1")).isTrue();
        assertThat(new TestingAccess(true).allows("203.0.113.9")).isFalse();
        assertThat(new TestingAccess(true).allows(null)).isFalse();
    }

    @Test
    void an_event_is_built_from_its_frame_fields_and_routed() {
        MarketEvent event = listing("EUR").toEvent();
        assertThat(event).isInstanceOf(ListingNew.class);
        assertThat(event.topics()).extracting(Object::toString).containsExactly("marketplace:new", "card:267", "tcg:pokemon");
        MarketEvent price = new TestEventRequest("price_update", 267L, 42L, "pokemon", "tcgplayer", null,
                new BigDecimal("12.34"), "USD", null, null, null, null, null, null, null, null, null, null, null, null, null)
                .toEvent();
        assertThat(((PriceUpdate) price).variant()).isEqualTo("normal");
    }

    @Test
    void missing_or_unknown_fields_are_refused() {
        assertThatThrownBy(() -> listing(null).toEvent()).isInstanceOf(InvalidTopicException.class)
                .hasMessage("currency is required");
        assertThatThrownBy(() -> listing("XXZ").toEvent()).hasMessage("unknown currency: XXZ");
        assertThatThrownBy(() -> new TestEventRequest("weather", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null).toEvent()).hasMessage("unknown event type: weather");
    }
}
