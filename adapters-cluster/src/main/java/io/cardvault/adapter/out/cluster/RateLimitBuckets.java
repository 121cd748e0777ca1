package io.cardvault.adapter.out.cluster;

import io.cardvault.domain.account.RateLimitDecision;
import io.cardvault.domain.account.RateLimits;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.VerboseResult;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The shape of every bucket and the reading of its answer. A bucket has a per-minute and a
 * per-day bandwidth (either left out when unlimited), both refilled whole at aligned boundaries:
 * every full UTC minute, and at midnight UTC for the day (the spec's daily reset). The headers
 * report the window that binds: the one with fewer requests left.
 */
final class RateLimitBuckets {

    static final String MAP_NAME = "cardvault-rate-limits";
    static final String MINUTE = "minute";
    static final String DAY = "day";

    private RateLimitBuckets() {
    }

    static BucketConfiguration configuration(RateLimits limits, Instant now) {
        ConfigurationBuilder builder = BucketConfiguration.builder();
        if (limits.perMinute() != RateLimits.UNLIMITED) {
            builder.addLimit(Bandwidth.builder().capacity(limits.perMinute())
                    .refillIntervallyAligned(limits.perMinute(), Duration.ofMinutes(1), nextMinute(now))
                    .id(MINUTE).build());
        }
        if (limits.perDay() != RateLimits.UNLIMITED) {
            builder.addLimit(Bandwidth.builder().capacity(limits.perDay())
                    .refillIntervallyAligned(limits.perDay(), Duration.ofDays(1), nextMidnight(now))
                    .id(DAY).build());
        }
        return builder.build();
    }

    static Instant nextMinute(Instant now) {
        return now.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
    }

    static Instant nextMidnight(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static RateLimitDecision decision(VerboseResult<ConsumptionProbe> result, Instant now) {
        ConsumptionProbe probe = result.getValue();
        Bandwidth[] bandwidths = result.getConfiguration().getBandwidths();
        long[] left = result.getDiagnostics().getAvailableTokensPerEachBandwidth();
        int binding = 0;
        for (int i = 1; i < bandwidths.length; i++) {
            if (left[i] < left[binding]) {
                binding = i;
            }
        }
        Bandwidth window = bandwidths[binding];
        Instant reset = DAY.equals(window.getId()) ? nextMidnight(now) : nextMinute(now);
        long retryAfter = probe.isConsumed() ? 0 : Math.max(1, ceilSeconds(probe.getNanosToWaitForRefill()));
        return new RateLimitDecision(probe.isConsumed(), window.getCapacity(), Math.max(0, left[binding]),
                reset.getEpochSecond(), retryAfter);
    }

    private static long ceilSeconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
