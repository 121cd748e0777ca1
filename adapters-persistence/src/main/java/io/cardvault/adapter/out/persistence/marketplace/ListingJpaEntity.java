package io.cardvault.adapter.out.persistence.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A row of {@code market_listing} (V100). Seller, card and creation never change; the rest is what an
 * amendment, a sale, a renewal or a withdrawal writes, guarded by the row's version.
 */
@Entity
@Table(name = "market_listing")
class ListingJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "seller_id", nullable = false, updatable = false)
    private long sellerId;

    @Column(name = "card_id", nullable = false, updatable = false)
    private long cardId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(length = 40)
    private String variant;

    @Column(name = "card_condition", nullable = false, length = 3)
    private String condition;

    @Column(name = "grading_company", length = 16)
    private String gradingCompany;

    @Column(length = 8)
    private String grade;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "price_eur", nullable = false, precision = 12, scale = 2)
    private BigDecimal priceEur;

    @Column(length = 2000)
    private String description;

    @Column(name = "accepts_offers", nullable = false)
    private boolean acceptsOffers;

    @Column(name = "buy_now_enabled", nullable = false)
    private boolean buyNowEnabled;

    @Column(name = "image_protection", nullable = false)
    private boolean imageProtection;

    @Column(name = "image_urls", nullable = false)
    private String imageUrls;

    @Column(nullable = false, length = 16)
    private String status;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "renewal_count", nullable = false)
    private int renewalCount;

    @Column(name = "last_renewed_at")
    private LocalDateTime lastRenewedAt;

    /** For JPA only. */
    protected ListingJpaEntity() {
    }

    ListingJpaEntity(long sellerId, long cardId, LocalDateTime createdAt) {
        this.sellerId = sellerId;
        this.cardId = cardId;
        this.createdAt = createdAt;
    }

    /** What a new listing holds and every later write overwrites: the terms. */
    void offer(String newVariant, String newCondition, String newGradingCompany, String newGrade, int newQuantity,
               BigDecimal newPriceEur, String newDescription, boolean newAcceptsOffers, boolean newBuyNowEnabled,
               boolean newImageProtection, String newImageUrls) {
        this.variant = newVariant;
        this.condition = newCondition;
        this.gradingCompany = newGradingCompany;
        this.grade = newGrade;
        this.quantity = newQuantity;
        this.priceEur = newPriceEur;
        this.description = newDescription;
        this.acceptsOffers = newAcceptsOffers;
        this.buyNowEnabled = newBuyNowEnabled;
        this.imageProtection = newImageProtection;
        this.imageUrls = newImageUrls;
    }

    /** Where the listing stands and how long it runs. */
    void stand(String newStatus, LocalDateTime newExpiresAt, int newRenewalCount, LocalDateTime newLastRenewedAt) {
        this.status = newStatus;
        this.expiresAt = newExpiresAt;
        this.renewalCount = newRenewalCount;
        this.lastRenewedAt = newLastRenewedAt;
    }

    Long id() {
        return id;
    }

    long sellerId() {
        return sellerId;
    }

    long cardId() {
        return cardId;
    }

    LocalDateTime createdAt() {
        return createdAt;
    }

    String variant() {
        return variant;
    }

    String condition() {
        return condition;
    }

    String gradingCompany() {
        return gradingCompany;
    }

    String grade() {
        return grade;
    }

    int quantity() {
        return quantity;
    }

    BigDecimal priceEur() {
        return priceEur;
    }

    String description() {
        return description;
    }

    boolean acceptsOffers() {
        return acceptsOffers;
    }

    boolean buyNowEnabled() {
        return buyNowEnabled;
    }

    boolean imageProtection() {
        return imageProtection;
    }

    String imageUrls() {
        return imageUrls;
    }

    String status() {
        return status;
    }

    LocalDateTime expiresAt() {
        return expiresAt;
    }

    int renewalCount() {
        return renewalCount;
    }

    LocalDateTime lastRenewedAt() {
        return lastRenewedAt;
    }
}
