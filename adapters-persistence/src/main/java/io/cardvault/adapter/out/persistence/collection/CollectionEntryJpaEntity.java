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
 * A row of {@code collection_entry} (V86). Owner, card and the time it was added never change; the
 * rest is what an amendment writes. The owner and the card are other aggregates: ids, no associations.
 */
@Entity
@Table(name = "collection_entry")
class CollectionEntryJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "card_id", nullable = false, updatable = false)
    private long cardId;

    @Column(name = "variant_id")
    private Long variantId;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "card_condition", nullable = false, length = 3)
    private String condition;

    @Column(name = "price_paid_amount", precision = 12, scale = 2)
    private BigDecimal pricePaidAmount;

    @Column(name = "price_paid_currency", length = 3)
    private String pricePaidCurrency;

    @Column(name = "grading_company", length = 16)
    private String gradingCompany;

    @Column(length = 8)
    private String grade;

    @Column(name = "added_at", nullable = false, updatable = false)
    private LocalDateTime addedAt;

    /** For JPA only. */
    protected CollectionEntryJpaEntity() {
    }

    CollectionEntryJpaEntity(long accountId, long cardId, LocalDateTime addedAt) {
        this.accountId = accountId;
        this.cardId = cardId;
        this.addedAt = addedAt;
    }

    /** What a new entry holds and an amendment overwrites: everything but owner, card and time added. */
    void hold(Long newVariantId, int newQuantity, String newCondition, BigDecimal newPricePaidAmount,
              String newPricePaidCurrency, String newGradingCompany, String newGrade) {
        this.variantId = newVariantId;
        this.quantity = newQuantity;
        this.condition = newCondition;
        this.pricePaidAmount = newPricePaidAmount;
        this.pricePaidCurrency = newPricePaidCurrency;
        this.gradingCompany = newGradingCompany;
        this.grade = newGrade;
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

    Long variantId() {
        return variantId;
    }

    int quantity() {
        return quantity;
    }

    String condition() {
        return condition;
    }

    BigDecimal pricePaidAmount() {
        return pricePaidAmount;
    }

    String pricePaidCurrency() {
        return pricePaidCurrency;
    }

    String gradingCompany() {
        return gradingCompany;
    }

    String grade() {
        return grade;
    }

    LocalDateTime addedAt() {
        return addedAt;
    }
}
