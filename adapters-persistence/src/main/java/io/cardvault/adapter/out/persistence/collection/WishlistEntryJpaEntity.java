package io.cardvault.adapter.out.persistence.collection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A row of {@code wishlist_entry} (V87): the owner's wish for one card, its optional max price and notified state. */
@Entity
@Table(name = "wishlist_entry")
@IdClass(WishlistEntryKey.class)
class WishlistEntryJpaEntity {

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Id
    @Column(name = "card_id")
    private long cardId;

    @Column(name = "max_price_amount", precision = 12, scale = 2)
    private BigDecimal maxPriceAmount;

    @Column(name = "max_price_currency", length = 3)
    private String maxPriceCurrency;

    @Column(name = "added_at", nullable = false, updatable = false)
    private LocalDateTime addedAt;

    @Column(name = "notified_at")
    private LocalDateTime notifiedAt;

    /** For JPA only. */
    protected WishlistEntryJpaEntity() {
    }

    /** What saving the wish again replaces: the max price and the notified state, not when it was first added. */
    void replace(BigDecimal newMaxPriceAmount, String newMaxPriceCurrency, LocalDateTime newNotifiedAt) {
        this.maxPriceAmount = newMaxPriceAmount;
        this.maxPriceCurrency = newMaxPriceCurrency;
        this.notifiedAt = newNotifiedAt;
    }

    long accountId() {
        return accountId;
    }

    long cardId() {
        return cardId;
    }

    BigDecimal maxPriceAmount() {
        return maxPriceAmount;
    }

    String maxPriceCurrency() {
        return maxPriceCurrency;
    }

    LocalDateTime addedAt() {
        return addedAt;
    }

    LocalDateTime notifiedAt() {
        return notifiedAt;
    }
}
