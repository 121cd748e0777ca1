package io.cardvault.adapter.out.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A row of {@code api_key} (V4, V10): the key's SHA-256 as 32 bytes, its owner by id (the account
 * is another aggregate, so no association), and the calls counted on {@code callsDay}.
 */
@Entity
@Table(name = "api_key")
class ApiKeyJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 12, updatable = false)
    private String prefix;

    @Column(name = "key_hash", nullable = false, length = 32, updatable = false)
    private byte[] keyHash;

    @Column(nullable = false, length = 32, updatable = false)
    private String tier;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", updatable = false)
    private LocalDateTime expiresAt;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    @Column(name = "calls_day")
    private LocalDate callsDay;

    @Column(name = "calls_today", nullable = false)
    private long callsToday;

    /** For JPA only. */
    protected ApiKeyJpaEntity() {
    }

    ApiKeyJpaEntity(long accountId, String name, String prefix, byte[] keyHash, String tier, boolean active,
                    LocalDateTime createdAt, LocalDateTime expiresAt) {
        this.accountId = accountId;
        this.name = name;
        this.prefix = prefix;
        this.keyHash = keyHash.clone();
        this.tier = tier;
        this.active = active;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** What a key update writes: its name and whether it is active. */
    void rename(String newName, boolean nowActive) {
        this.name = newName;
        this.active = nowActive;
    }

    /** The counted calls and latest use after a flush, as the domain worked them out. */
    void recordUsage(LocalDate day, long calls, LocalDateTime lastUsed) {
        this.callsDay = day;
        this.callsToday = calls;
        this.lastUsedAt = lastUsed;
    }

    Long id() {
        return id;
    }

    long accountId() {
        return accountId;
    }

    String name() {
        return name;
    }

    String prefix() {
        return prefix;
    }

    byte[] keyHash() {
        return keyHash.clone();
    }

    String tier() {
        return tier;
    }

    boolean active() {
        return active;
    }

    LocalDateTime createdAt() {
        return createdAt;
    }

    LocalDateTime expiresAt() {
        return expiresAt;
    }

    LocalDateTime lastUsedAt() {
        return lastUsedAt;
    }

    LocalDate callsDay() {
        return callsDay;
    }

    long callsToday() {
        return callsToday;
    }
}
