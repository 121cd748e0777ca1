package io.cardvault.domain.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Subscription tiers exactly as the spec's "Tiers &amp; rate limits" table: requests per day and
 * per minute, how many API keys an account may hold and recognitions per day.
 * {@code Long.MAX_VALUE} is the table's ∞. {@link #BUSINESS} is the legacy plan: accounts already
 * on it keep it (resolvable by slug) with Shop Basic's quotas, but new sign-ups cannot choose it.
 */
public enum Tier {
    FREE("free", "Free", Segment.COLLECTORS, 500, 30, 1, 0),
    STARTER("starter", "Starter", Segment.COLLECTORS, 5_000, 60, 3, 25),
    PRO("pro", "Pro", Segment.COLLECTORS, 25_000, 120, 5, 250),
    POWER_COLLECTOR("power_collector", "Power Collector", Segment.COLLECTORS, 100_000, 300, 10, 1_000),
    SHOP_BASIC("shop_basic", "Shop Basic", Segment.BUSINESS, 250_000, 500, 10, 1_000),
    SHOP_PRO("shop_pro", "Shop Pro", Segment.BUSINESS, 500_000, 1_000, 15, 2_500),
    ENTERPRISE("enterprise", "Enterprise", Segment.BUSINESS, 1_000_000, 3_000, 25, 10_000),
    UNLIMITED("unlimited", "Unlimited", Segment.BUSINESS, RateLimits.UNLIMITED, RateLimits.UNLIMITED, 50, Long.MAX_VALUE),
    /** Legacy: still resolvable for existing accounts, not offered to new ones. */
    BUSINESS("business", "Business", Segment.BUSINESS, 250_000, 500, 10, 1_000);

    /** Who a tier is sold to. */
    public enum Segment { COLLECTORS, BUSINESS }

    private final String slug;
    private final String displayName;
    private final Segment segment;
    private final long requestsPerDay;
    private final long requestsPerMinute;
    private final int maxKeys;
    private final long recognitionsPerDay;

    Tier(String slug, String displayName, Segment segment, long requestsPerDay, long requestsPerMinute,
         int maxKeys, long recognitionsPerDay) {
        this.slug = slug;
        this.displayName = displayName;
        this.segment = segment;
        this.requestsPerDay = requestsPerDay;
        this.requestsPerMinute = requestsPerMinute;
        this.maxKeys = maxKeys;
        this.recognitionsPerDay = recognitionsPerDay;
    }

    public static Optional<Tier> fromSlug(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        String wanted = slug.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(tier -> tier.slug.equals(wanted)).findFirst();
    }

    public String slug() {
        return slug;
    }

    public String displayName() {
        return displayName;
    }

    public Segment segment() {
        return segment;
    }

    public long requestsPerDay() {
        return requestsPerDay;
    }

    public long requestsPerMinute() {
        return requestsPerMinute;
    }

    public int maxKeys() {
        return maxKeys;
    }

    public long recognitionsPerDay() {
        return recognitionsPerDay;
    }

    public RateLimits rateLimits() {
        return new RateLimits(requestsPerMinute, requestsPerDay);
    }

    public boolean legacy() {
        return this == BUSINESS;
    }

    /** Whether an account on this tier may give one of its keys {@code other} (never more than it has). */
    public boolean covers(Tier other) {
        return other.requestsPerDay <= requestsPerDay && other.requestsPerMinute <= requestsPerMinute;
    }
}
