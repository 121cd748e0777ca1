package io.cardvault.application.service.platform;

import io.cardvault.application.port.in.platform.GetPlatformStatsUseCase;
import io.cardvault.application.port.in.platform.PlatformStats;
import io.cardvault.application.port.out.LoadCatalogueStatsPort;
import io.cardvault.application.port.out.LoadPlatformCountersPort;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.CatalogueStats;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Gathers the counters and keeps them for the policy's time on this node: the public counters are
 * read by anyone, and the usage counters are counted from their tables, so a burst of calls costs
 * one count per interval. One caller recounts while the others get the previous answer.
 */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class GetPlatformStatsService implements GetPlatformStatsUseCase {

    private final LoadCatalogueStatsPort catalogue;
    private final LoadPricesPort prices;
    private final LoadPlatformCountersPort counters;
    private final PlatformStatsPolicy policy;
    private final Clock clock;
    private volatile PlatformStats cached;

    @Inject
    public GetPlatformStatsService(LoadCatalogueStatsPort catalogue, LoadPricesPort prices, LoadPlatformCountersPort counters,
                                   PlatformStatsPolicy policy) {
        this(catalogue, prices, counters, policy, Clock.systemUTC());
    }

    public GetPlatformStatsService(LoadCatalogueStatsPort catalogue, LoadPricesPort prices, LoadPlatformCountersPort counters,
                                   PlatformStatsPolicy policy, Clock clock) {
        this.catalogue = catalogue;
        this.prices = prices;
        this.counters = counters;
        this.policy = policy;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected GetPlatformStatsService() {
        this(null, null, null, null, null);
    }

    @Override
    public PlatformStats stats() {
        PlatformStats current = cached;
        if (current != null && !current.computedAt().plus(policy.cacheFor()).isBefore(clock.instant())) {
            return current;
        }
        synchronized (this) {
            if (cached != current) {
                return cached; // another caller recounted meanwhile
            }
            cached = count();
            return cached;
        }
    }

    private PlatformStats count() {
        Optional<CatalogueStats> stats = catalogue.loadStats();
        return new PlatformStats(stats.map(CatalogueStats::cards).orElse(0L), stats.map(CatalogueStats::sets).orElse(0L),
                stats.map(CatalogueStats::variants).orElse(0L), prices.pricePointCount(),
                stats.map(CatalogueStats::perGame).orElse(Map.of()), counters.counts(), counters.databaseSizeBytes(),
                policy.version(), clock.instant());
    }
}
