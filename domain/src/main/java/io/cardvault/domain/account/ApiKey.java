package io.cardvault.domain.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One programmatic credential of an account: a name, the shown prefix, the hash of the secret, the
 * tier whose quotas it carries (never above its account's), whether it is active, and an optional
 * expiry. Requests made with any key of an account draw on the account's one quota.
 */
public final class ApiKey {

    public static final int MAX_NAME_LENGTH = 100;

    private final ApiKeyId id;
    private final AccountId owner;
    private final String name;
    private final String prefix;
    private final ApiKeyHash hash;
    private final Tier tier;
    private final boolean active;
    private final Instant createdAt;
    private final Instant expiresAt;
    private final Instant lastUsedAt;
    private final KeyUsage usage;

    private ApiKey(ApiKeyId id, AccountId owner, String name, String prefix, ApiKeyHash hash, Tier tier,
                   boolean active, Instant createdAt, Instant expiresAt, Instant lastUsedAt, KeyUsage usage) {
        this.id = id;
        this.owner = Objects.requireNonNull(owner, "owner");
        this.name = requireName(name);
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.hash = Objects.requireNonNull(hash, "hash");
        this.tier = Objects.requireNonNull(tier, "tier");
        this.active = active;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = expiresAt;
        this.lastUsedAt = lastUsedAt;
        this.usage = Objects.requireNonNull(usage, "usage");
    }

    /**
     * Issues a key for {@code owner}: the tier defaults to the account's, may be lower, never higher;
     * an expiry must lie in the future.
     */
    public static ApiKey issue(Account owner, String name, ApiKeySecret secret, Tier requestedTier,
                               Instant expiresAt, Instant now) {
        Tier tier = requestedTier == null ? owner.tier() : requestedTier;
        if (!owner.tier().covers(tier)) {
            throw new InvalidAccountDataException("tier",
                    "tier " + tier.slug() + " is above your subscription tier " + owner.tier().slug());
        }
        if (tier.legacy() && owner.tier() != tier) {
            throw new InvalidAccountDataException("tier", "tier business is no longer offered");
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new InvalidAccountDataException("expires_at", "expires_at must be in the future");
        }
        return new ApiKey(null, owner.requireId(), name, secret.prefix(), secret.hash(), tier, true, now, expiresAt, null, KeyUsage.NONE);
    }

    public static ApiKey reconstitute(ApiKeyId id, AccountId owner, String name, String prefix, ApiKeyHash hash,
                                      Tier tier, boolean active, Instant createdAt, Instant expiresAt,
                                      Instant lastUsedAt, KeyUsage usage) {
        return new ApiKey(Objects.requireNonNull(id, "id"), owner, name, prefix, hash, tier, active, createdAt,
                expiresAt, lastUsedAt, usage);
    }

    public ApiKey withId(ApiKeyId assigned) {
        return new ApiKey(Objects.requireNonNull(assigned, "assigned"), owner, name, prefix, hash, tier, active,
                createdAt, expiresAt, lastUsedAt, usage);
    }

    public ApiKey rename(String newName) {
        return new ApiKey(id, owner, newName, prefix, hash, tier, active, createdAt, expiresAt, lastUsedAt, usage);
    }

    public ApiKey activate() {
        return new ApiKey(id, owner, name, prefix, hash, tier, true, createdAt, expiresAt, lastUsedAt, usage);
    }

    public ApiKey deactivate() {
        return new ApiKey(id, owner, name, prefix, hash, tier, false, createdAt, expiresAt, lastUsedAt, usage);
    }

    /** The same key with {@code calls} more requests counted, the latest at {@code at} (UTC day rolls over). */
    public ApiKey used(long calls, Instant at) {
        Instant latest = lastUsedAt == null || at.isAfter(lastUsedAt) ? at : lastUsedAt;
        return new ApiKey(id, owner, name, prefix, hash, tier, active, createdAt, expiresAt, latest,
                usage.plus(KeyUsage.dayOf(at), calls));
    }

    /** Requests made with this key on the UTC day of {@code now} (0 once that day is over). */
    public long callsToday(Instant now) {
        return usage.callsOn(KeyUsage.dayOf(now));
    }

    public boolean belongsTo(AccountId account) {
        return owner.equals(account);
    }

    /** Active and not expired at {@code now}: only such a key authenticates a request. */
    public boolean usableAt(Instant now) {
        return active && (expiresAt == null || now.isBefore(expiresAt));
    }

    public RateLimits rateLimits() {
        return tier.rateLimits();
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidAccountDataException("name", "name is required");
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidAccountDataException("name", "name must be at most 100 characters");
        }
        return trimmed;
    }

    public Optional<ApiKeyId> id() {
        return Optional.ofNullable(id);
    }

    public ApiKeyId requireId() {
        if (id == null) {
            throw new IllegalStateException("key " + prefix + " is not stored yet");
        }
        return id;
    }

    public AccountId owner() {
        return owner;
    }

    public String name() {
        return name;
    }

    public String prefix() {
        return prefix;
    }

    public ApiKeyHash hash() {
        return hash;
    }

    public Tier tier() {
        return tier;
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }
}
