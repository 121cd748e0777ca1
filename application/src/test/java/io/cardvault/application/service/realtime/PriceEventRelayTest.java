package io.cardvault.application.service.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.analytics.InvalidateCardAnalyticsUseCase;
import io.cardvault.domain.analytics.MarketCard;
import io.cardvault.domain.analytics.Mover;
import io.cardvault.domain.analytics.Mover.Ranking;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.price.CardPriceChange;
import io.cardvault.domain.price.DailySnapshotTaken;
import io.cardvault.domain.price.HeadlinePricesChanged;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.realtime.MarketEvent;
import io.cardvault.domain.realtime.MoversUpdate;
import io.cardvault.domain.realtime.PriceUpdate;
import io.cardvault.domain.realtime.PricesRefreshed;
import io.cardvault.domain.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceEventRelayTest {

    private static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");

    private final List<MarketEvent> published = new ArrayList<>();
    private final List<String> invalidated = new ArrayList<>();
    private int recomputes;
    private final InvalidateCardAnalyticsUseCase caches = new InvalidateCardAnalyticsUseCase() {
        @Override
        public void invalidate(CardId card) {
            invalidated.add(String.valueOf(card.value()));
        }

        @Override
        public void invalidateAll() {
            invalidated.add("all");
        }
    };
    private final Mover riser = new Mover(new MarketCard(4, "Charizard", "Base", "pokemon", "Rare Holo"),
            Money.of("110.00", "EUR"), Money.of("10.00", "EUR"), 10.0, 0.01);
    private final PriceEventRelay relay = new PriceEventRelay(published::add, caches, () -> {
        recomputes++;
        return null;
    }, (tcg, days, limit) -> Ranking.of(List.of(riser), limit), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void each_changed_headline_becomes_a_price_update_and_drops_that_cards_analytics() {
        relay.onHeadlinePricesChanged(new HeadlinePricesChanged(List.of(
                new CardPriceChange(new CardId(4), new CardSetId(1), "pokemon", PriceSource.TCGCSV, "holofoil",
                        Money.of("572.03", "USD")))));

        assertThat(published).containsExactly(new PriceUpdate(new CardId(4), new CardSetId(1), "pokemon", "tcgcsv",
                "holofoil", Money.of("572.03", "USD"), NOW));
        assertThat(invalidated).containsExactly("4");
        assertThat(recomputes).isZero();
    }

    @Test
    void a_daily_snapshot_refreshes_every_cache_recomputes_the_dashboards_and_broadcasts_the_movers() {
        relay.onDailySnapshotTaken(new DailySnapshotTaken(LocalDate.of(2026, 11, 22), 1234));

        assertThat(published).hasSize(2);
        assertThat(published.get(0)).isEqualTo(new PricesRefreshed(1234, "daily_snapshot"));
        MoversUpdate movers = (MoversUpdate) published.get(1);
        assertThat(movers.period()).isEqualTo("7d");
        assertThat(movers.items()).singleElement().satisfies(item -> {
            assertThat(item.card()).isEqualTo(new CardId(4));
            assertThat(item.changePct()).isEqualByComparingTo("10.00");
        });
        assertThat(invalidated).containsExactly("all");
        assertThat(recomputes).isEqualTo(1);
    }
}
