package io.cardvault.adapter.out.persistence.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A row of {@code market_bid} (V100): only the status changes once it is placed. */
@Entity
@Table(name = "market_bid")
class BidJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "listing_id", nullable = false, updatable = false)
    private long listingId;

    @Column(name = "bidder_id", nullable = false, updatable = false)
    private long bidderId;

    @Column(name = "amount_eur", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal amountEur;

    @Column(length = 500, updatable = false)
    private String message;

    @Column(nullable = false, length = 16)
    private String status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    /** For JPA only. */
    protected BidJpaEntity() {
    }

    BidJpaEntity(long listingId, long bidderId, BigDecimal amountEur, String message, String status,
                 LocalDateTime createdAt) {
        this.listingId = listingId;
        this.bidderId = bidderId;
        this.amountEur = amountEur;
        this.message = message;
        this.status = status;
        this.createdAt = createdAt;
    }

    void settle(String newStatus) {
        this.status = newStatus;
    }

    Long id() {
        return id;
    }

    long listingId() {
        return listingId;
    }

    long bidderId() {
        return bidderId;
    }

    BigDecimal amountEur() {
        return amountEur;
    }

    String message() {
        return message;
    }

    String status() {
        return status;
    }

    LocalDateTime createdAt() {
        return createdAt;
    }
}
