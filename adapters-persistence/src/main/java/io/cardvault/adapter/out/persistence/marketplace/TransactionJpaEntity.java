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
 * A row of {@code market_transaction} (V100). Parties, amounts and fees are fixed when it opens; a
 * move writes the status, the shipment and the time the status was reached, guarded by the version.
 */
@Entity
@Table(name = "market_transaction")
class TransactionJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "listing_id", nullable = false, updatable = false)
    private long listingId;

    @Column(name = "card_id", nullable = false, updatable = false)
    private long cardId;

    @Column(name = "seller_id", nullable = false, updatable = false)
    private long sellerId;

    @Column(name = "buyer_id", nullable = false, updatable = false)
    private long buyerId;

    @Column(nullable = false, updatable = false, length = 16)
    private String origin;

    @Column(name = "bid_id", updatable = false)
    private Long bidId;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "marketplace_rate", nullable = false, updatable = false, precision = 6, scale = 4)
    private BigDecimal marketplaceRate;

    @Column(name = "marketplace_fee", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal marketplaceFee;

    @Column(name = "image_protection_rate", nullable = false, updatable = false, precision = 6, scale = 4)
    private BigDecimal imageProtectionRate;

    @Column(name = "image_protection_fee", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal imageProtectionFee;

    @Column(name = "fees_total", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal feesTotal;

    @Column(name = "seller_payout", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal sellerPayout;

    @Column(name = "handling_fee", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal handlingFee;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(length = 40)
    private String carrier;

    @Column(name = "tracking_number", length = 64)
    private String trackingNumber;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "paid_at")
    private LocalDateTime paidAt;

    @Column(name = "shipped_at")
    private LocalDateTime shippedAt;

    @Column(name = "delivered_at")
    private LocalDateTime deliveredAt;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @Column(name = "cancelled_at")
    private LocalDateTime cancelledAt;

    @Column(name = "disputed_at")
    private LocalDateTime disputedAt;

    /** For JPA only. */
    protected TransactionJpaEntity() {
    }

    /** The sale's fixed part: who, what, for how much and with which fees. */
    TransactionJpaEntity(long listingId, long cardId, long sellerId, long buyerId, String origin, Long bidId, String currency,
                         BigDecimal amount, BigDecimal marketplaceRate, BigDecimal marketplaceFee,
                         BigDecimal imageProtectionRate, BigDecimal imageProtectionFee, BigDecimal feesTotal,
                         BigDecimal sellerPayout, BigDecimal handlingFee, LocalDateTime createdAt) {
        this.listingId = listingId;
        this.cardId = cardId;
        this.sellerId = sellerId;
        this.buyerId = buyerId;
        this.origin = origin;
        this.bidId = bidId;
        this.currency = currency;
        this.amount = amount;
        this.marketplaceRate = marketplaceRate;
        this.marketplaceFee = marketplaceFee;
        this.imageProtectionRate = imageProtectionRate;
        this.imageProtectionFee = imageProtectionFee;
        this.feesTotal = feesTotal;
        this.sellerPayout = sellerPayout;
        this.handlingFee = handlingFee;
        this.createdAt = createdAt;
    }

    /** What a move writes: the status, the shipment, and when each later status was reached. */
    void move(String newStatus, String newCarrier, String newTrackingNumber, LocalDateTime newPaidAt,
              LocalDateTime newShippedAt, LocalDateTime newDeliveredAt, LocalDateTime newCompletedAt,
              LocalDateTime newCancelledAt, LocalDateTime newDisputedAt) {
        this.status = newStatus;
        this.carrier = newCarrier;
        this.trackingNumber = newTrackingNumber;
        this.paidAt = newPaidAt;
        this.shippedAt = newShippedAt;
        this.deliveredAt = newDeliveredAt;
        this.completedAt = newCompletedAt;
        this.cancelledAt = newCancelledAt;
        this.disputedAt = newDisputedAt;
    }

    Long id() {
        return id;
    }

    long listingId() {
        return listingId;
    }

    long cardId() {
        return cardId;
    }

    long sellerId() {
        return sellerId;
    }

    long buyerId() {
        return buyerId;
    }

    String origin() {
        return origin;
    }

    Long bidId() {
        return bidId;
    }

    String currency() {
        return currency;
    }

    BigDecimal amount() {
        return amount;
    }

    BigDecimal marketplaceRate() {
        return marketplaceRate;
    }

    BigDecimal marketplaceFee() {
        return marketplaceFee;
    }

    BigDecimal imageProtectionRate() {
        return imageProtectionRate;
    }

    BigDecimal imageProtectionFee() {
        return imageProtectionFee;
    }

    BigDecimal feesTotal() {
        return feesTotal;
    }

    BigDecimal sellerPayout() {
        return sellerPayout;
    }

    BigDecimal handlingFee() {
        return handlingFee;
    }

    String status() {
        return status;
    }

    String carrier() {
        return carrier;
    }

    String trackingNumber() {
        return trackingNumber;
    }

    LocalDateTime createdAt() {
        return createdAt;
    }

    LocalDateTime paidAt() {
        return paidAt;
    }

    LocalDateTime shippedAt() {
        return shippedAt;
    }

    LocalDateTime deliveredAt() {
        return deliveredAt;
    }

    LocalDateTime completedAt() {
        return completedAt;
    }

    LocalDateTime cancelledAt() {
        return cancelledAt;
    }

    LocalDateTime disputedAt() {
        return disputedAt;
    }
}
