package io.cardvault.application.service.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.platform.PlatformStats;
import io.cardvault.application.port.out.InMemoryPlatformCounters;
import io.cardvault.application.port.out.InMemoryPrices;
import io.cardvault.domain.catalogue.CatalogueStats;
import io.cardvault.domain.platform.PlatformCounter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GetPlatformStatsServiceTest {

    private final InMemoryPlatformCounters counters = new InMemoryPlatformCounters();
    private final CatalogueStats catalogue = new CatalogueStats(3, 120, 130, 150, 90,
            Map.of("pokemon", new CatalogueStats.GameCounts(2, 100), "mtg", new CatalogueStats.GameCounts(1, 20),
                    "lorcana", new CatalogueStats.GameCounts(0, 0)), Instant.parse("2026-12-07T00:00:00Z"));
    private Instant now = Instant.parse("2026-12-07T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final GetPlatformStatsService service = new GetPlatformStatsService(() -> Optional.of(catalogue), new InMemoryPrices(),
            counters, new PlatformStatsPolicy(Duration.ofSeconds(60), "1.2.3"), clock);

    @Test
    void the_counters_gather_the_catalogue_the_usage_counters_and_the_version() {
        counters.add(PlatformCounter.USERS, 7);
        counters.add(PlatformCounter.ACTIVE_ALERTS, 2);
        counters.databaseSize(5L << 20);

        PlatformStats stats = service.stats();

        assertThat(stats.cards()).isEqualTo(120);
        assertThat(stats.games()).isEqualTo(2);
        assertThat(stats.counter(PlatformCounter.USERS)).isEqualTo(7);
        assertThat(stats.counter(PlatformCounter.ACTIVE_ALERTS)).isEqualTo(2);
        assertThat(stats.counter(PlatformCounter.ACTIVE_LISTINGS)).isZero();
        assertThat(stats.databaseSizeBytes()).hasValue(5L << 20);
        assertThat(stats.version()).isEqualTo("1.2.3");
        assertThat(stats.computedAt()).isEqualTo(now);
    }

    @Test
    void the_counters_are_read_once_per_cache_interval() {
        service.stats();
        counters.add(PlatformCounter.USERS, 1);
        now = now.plusSeconds(59);
        assertThat(service.stats().counter(PlatformCounter.USERS)).isZero();
        assertThat(counters.reads()).isEqualTo(1);

        now = now.plusSeconds(2);
        assertThat(service.stats().counter(PlatformCounter.USERS)).isEqualTo(1);
        assertThat(counters.reads()).isEqualTo(2);
    }

    @Test
    void before_any_import_the_catalogue_counts_are_zero() {
        GetPlatformStatsService empty = new GetPlatformStatsService(Optional::empty, new InMemoryPrices(), counters,
                new PlatformStatsPolicy(Duration.ZERO, "1.2.3"), clock);

        assertThat(empty.stats().cards()).isZero();
        assertThat(empty.stats().perGame()).isEmpty();
    }
}
