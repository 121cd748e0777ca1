package io.cardvault.adapter.out.persistence.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of {@code market_rating} (V100); ratings are never changed. */
@Entity
@Table(name = "market_rating")
class RatingJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "transaction_id", nullable = false, updatable = false)
    private long transactionId;

    @Column(name = "rater_id", nullable = false, updatable = false)
    private long raterId;

    @Column(name = "ratee_id", nullable = false, updatable = false)
    private long rateeId;

    @Column(name = "rater_role", nullable = false, updatable = false, length = 8)
    private String raterRole;

    @Column(nullable = false, updatable = false)
    private int stars;

    @Column(length = 1000, updatable = false)
    private String review;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    /** For JPA only. */
    protected RatingJpaEntity() {
    }

    RatingJpaEntity(long transactionId, long raterId, long rateeId, String raterRole, int stars, String review,
                    LocalDateTime createdAt) {
        this.transactionId = transactionId;
        this.raterId = raterId;
        this.rateeId = rateeId;
        this.raterRole = raterRole;
        this.stars = stars;
        this.review = review;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    long transactionId() {
        return transactionId;
    }

    long raterId() {
        return raterId;
    }

    long rateeId() {
        return rateeId;
    }

    String raterRole() {
        return raterRole;
    }

    int stars() {
        return stars;
    }

    String review() {
        return review;
    }

    LocalDateTime createdAt() {
        return createdAt;
    }
}
