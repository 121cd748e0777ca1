package io.cardvault.application.port.out;

import io.cardvault.domain.platform.PlatformCounter;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;

/** Platform counters set by the test; every counter present, unset ones 0. */
public class InMemoryPlatformCounters implements LoadPlatformCountersPort {

    private final Map<PlatformCounter, Long> counts = new EnumMap<>(PlatformCounter.class);
    private OptionalLong databaseSize = OptionalLong.empty();
    private int reads;

    public synchronized void add(PlatformCounter counter, long amount) {
        counts.merge(counter, amount, Long::sum);
    }

    public synchronized void databaseSize(long bytes) {
        databaseSize = OptionalLong.of(bytes);
    }

    /** How often the counters were read: what a cache in front of them saves. */
    public synchronized int reads() {
        return reads;
    }

    @Override
    public synchronized Map<PlatformCounter, Long> counts() {
        reads++;
        Map<PlatformCounter, Long> all = new EnumMap<>(PlatformCounter.class);
        for (PlatformCounter counter : PlatformCounter.values()) {
            all.put(counter, counts.getOrDefault(counter, 0L));
        }
        return all;
    }

    @Override
    public synchronized OptionalLong databaseSizeBytes() {
        return databaseSize;
    }
}
