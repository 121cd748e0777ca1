package io.cardvault.domain.account;

/**
 * The plans of the PokeTrace-compatible API ({@code /v1}): a daily request quota per account, the
 * markets and price kinds it may read, and whether it may stream. Each platform {@link Tier} maps
 * onto one plan ({@link #of}), so an account's plan follows its tier and never needs a column of
 * its own: Free stays Free, the paid collector tiers up to Pro are Pro, Power Collector and every
 * business tier are Scale (their platform quotas already exceed Scale's).
 */
public enum ApiPlan {
    FREE("Free", 250, false, false, false),
    PRO("Pro", 10_000, true, true, false),
    SCALE("Scale", 100_000, true, true, true);

    private final String displayName;
    private final long requestsPerDay;
    private final boolean euMarket;
    private final boolean gradedPrices;
    private final boolean streaming;

    ApiPlan(String displayName, long requestsPerDay, boolean euMarket, boolean gradedPrices, boolean streaming) {
        this.displayName = displayName;
        this.requestsPerDay = requestsPerDay;
        this.euMarket = euMarket;
        this.gradedPrices = gradedPrices;
        this.streaming = streaming;
    }

    /** The plan an account on {@code tier} has. */
    public static ApiPlan of(Tier tier) {
        return switch (tier) {
            case FREE -> FREE;
            case STARTER, PRO -> PRO;
            case POWER_COLLECTOR, SHOP_BASIC, SHOP_PRO, ENTERPRISE, UNLIMITED, BUSINESS -> SCALE;
        };
    }

    /** The name clients see ({@code X-Plan}, {@code /v1/auth/info}). */
    public String displayName() {
        return displayName;
    }

    public long requestsPerDay() {
        return requestsPerDay;
    }

    /** The quota as the shared limiter takes it: per UTC day only (the platform's per-minute limit does not apply to {@code /v1}). */
    public RateLimits rateLimits() {
        return new RateLimits(RateLimits.UNLIMITED, requestsPerDay);
    }

    public boolean readsEuMarket() {
        return euMarket;
    }

    public boolean readsGradedPrices() {
        return gradedPrices;
    }

    public boolean streams() {
        return streaming;
    }
}
