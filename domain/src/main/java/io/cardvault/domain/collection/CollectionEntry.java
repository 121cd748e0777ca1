package io.cardvault.domain.collection;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Copies of one card a collector owns: which card and variant, how many, in what condition or
 * slab, and what was paid for them (in the currency it was paid in). Two entries of the same card
 * may differ in variant, condition or grade; {@link #sameHolding} says when they are the same
 * holding, so an import merges rather than duplicates. Entries are immutable: an amendment gives
 * a new entry with the same id.
 */
public final class CollectionEntry {

    /** More copies of one card than any collector holds is a typing error, not a collection. */
    public static final int MAX_QUANTITY = 9_999;

    private final Optional<CollectionEntryId> id;
    private final AccountId owner;
    private final CardId card;
    private final Optional<VariantId> variant;
    private final int quantity;
    private final CardCondition condition;
    private final Optional<Money> pricePaid;
    private final Optional<Grading> grading;
    private final Instant addedAt;

    private CollectionEntry(Optional<CollectionEntryId> id, AccountId owner, CardId card, Optional<VariantId> variant,
                            int quantity, CardCondition condition, Optional<Money> pricePaid, Optional<Grading> grading,
                            Instant addedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.card = Objects.requireNonNull(card, "card");
        this.variant = Objects.requireNonNull(variant, "variant");
        InvalidCollectionDataException.require(quantity >= 1 && quantity <= MAX_QUANTITY, "quantity",
                "quantity must be between 1 and " + MAX_QUANTITY + ": " + quantity);
        this.quantity = quantity;
        this.condition = Objects.requireNonNull(condition, "condition");
        this.pricePaid = Objects.requireNonNull(pricePaid, "pricePaid");
        pricePaid.ifPresent(paid -> InvalidCollectionDataException.require(!paid.isNegative(), "price_paid",
                "price paid cannot be negative: " + paid));
        this.grading = Objects.requireNonNull(grading, "grading");
        this.addedAt = Objects.requireNonNull(addedAt, "addedAt");
    }

    /** A new entry, not stored yet. */
    public static CollectionEntry add(AccountId owner, CardId card, Optional<VariantId> variant, int quantity,
                                      CardCondition condition, Optional<Money> pricePaid, Optional<Grading> grading,
                                      Instant addedAt) {
        return new CollectionEntry(Optional.empty(), owner, card, variant, quantity, condition, pricePaid, grading, addedAt);
    }

    /** An entry as the store kept it. */
    public static CollectionEntry reconstitute(CollectionEntryId id, AccountId owner, CardId card, Optional<VariantId> variant,
                                               int quantity, CardCondition condition, Optional<Money> pricePaid,
                                               Optional<Grading> grading, Instant addedAt) {
        return new CollectionEntry(Optional.of(id), owner, card, variant, quantity, condition, pricePaid, grading, addedAt);
    }

    /** The entry with the amendment's changes; what the amendment leaves out stays as it was. */
    public CollectionEntry amend(CollectionAmendment amendment) {
        return new CollectionEntry(id, owner, card, amendment.variant().orElse(variant),
                amendment.quantity().orElse(quantity), amendment.condition().orElse(condition),
                amendment.pricePaid().orElse(pricePaid), amendment.grading().orElse(grading), addedAt);
    }

    /** Same card, variant, condition and slab: more copies of this holding, not a second one. */
    public boolean sameHolding(CollectionEntry other) {
        return owner.equals(other.owner) && card.equals(other.card) && variant.equals(other.variant)
                && condition == other.condition && grading.equals(other.grading);
    }

    /**
     * This holding with the other's copies added. The price paid stays this entry's unless only the
     * other knows one; two prices in different currencies are not summed, and this entry's is kept.
     */
    public CollectionEntry mergedWith(CollectionEntry other) {
        InvalidCollectionDataException.require(sameHolding(other), "card_id", "only the same holding can be merged");
        return new CollectionEntry(id, owner, card, variant, Math.min(MAX_QUANTITY, quantity + other.quantity), condition,
                pricePaid.isPresent() ? pricePaid : other.pricePaid, grading, addedAt);
    }

    public boolean isOwnedBy(AccountId account) {
        return owner.equals(account);
    }

    public boolean isGraded() {
        return grading.isPresent();
    }

    public Optional<CollectionEntryId> id() {
        return id;
    }

    public AccountId owner() {
        return owner;
    }

    public CardId card() {
        return card;
    }

    public Optional<VariantId> variant() {
        return variant;
    }

    public int quantity() {
        return quantity;
    }

    public CardCondition condition() {
        return condition;
    }

    public Optional<Money> pricePaid() {
        return pricePaid;
    }

    public Optional<Grading> grading() {
        return grading;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
