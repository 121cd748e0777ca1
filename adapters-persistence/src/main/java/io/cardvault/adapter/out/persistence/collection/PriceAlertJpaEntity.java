package io.cardvault.adapter.out.persistence.collection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A row of {@code price_alert} (V88). Nothing of an alert changes after it is set except
 * {@code triggered_at}, and that only through {@link JpaPriceAlertStore#markTriggered}'s conditional
 * update; the generated {@code active_marker} column is the database's and not mapped.
 */
@Entity
@Table(name = "price_alert")
class PriceAlertJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "card_id", nullable = false, updatable = false)
    private long cardId;

    @Column(nullable = false, length = 5, updatable = false)
    private String direction;

    @Column(name = "target_amount", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal targetAmount;

    @Column(name = "target_currency", nullable = false, length = 3, updatable = false)
    private String targetCurrency;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "triggered_at")
    private LocalDateTime triggeredAt;

    /** For JPA only. */
    protected PriceAlertJpaEntity() {
    }

    PriceAlertJpaEntity(long accountId, long cardId, String direction, BigDecimal targetAmount, String targetCurrency,
                        LocalDateTime createdAt, LocalDateTime triggeredAt) {
        this.accountId = accountId;
        this.cardId = cardId;
        this.direction = direction;
        this.targetAmount = targetAmount;
        this.targetCurrency = targetCurrency;
        this.createdAt = createdAt;
        this.triggeredAt = triggeredAt;
    }

    Long id() {
        return id;
    }

    long accountId() {
        return accountId;
    }

    long cardId() {
        return cardId;
    }

    String direction() {
        return direction;
    }

    BigDecimal targetAmount() {
        return targetAmount;
    }

    String targetCurrency() {
        return targetCurrency;
    }

    LocalDateTime createdAt() {
        return createdAt;
    }

    LocalDateTime triggeredAt() {
        return triggeredAt;
    }
}
