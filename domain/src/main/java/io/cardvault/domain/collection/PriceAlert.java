package io.cardvault.domain.collection;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A target price on a card, below or above, in the currency the collector thinks in. It fires
 * exactly once: the first price that reaches the target triggers it, and a triggered alert is no
 * longer active (the collector sets a new one if they want to hear again).
 */
public final class PriceAlert {

    private final Optional<PriceAlertId> id;
    private final AccountId owner;
    private final CardId card;
    private final Money target;
    private final AlertDirection direction;
    private final Optional<Instant> triggeredAt;
    private final Instant createdAt;

    private PriceAlert(Optional<PriceAlertId> id, AccountId owner, CardId card, Money target, AlertDirection direction,
                       Optional<Instant> triggeredAt, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.card = Objects.requireNonNull(card, "card");
        this.target = Objects.requireNonNull(target, "target");
        InvalidCollectionDataException.require(target.amount().signum() > 0, "target_price",
                "target price must be above zero: " + target);
        this.direction = Objects.requireNonNull(direction, "direction");
        this.triggeredAt = Objects.requireNonNull(triggeredAt, "triggeredAt");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new, active alert, not stored yet. */
    public static PriceAlert set(AccountId owner, CardId card, Money target, AlertDirection direction, Instant createdAt) {
        return new PriceAlert(Optional.empty(), owner, card, target, direction, Optional.empty(), createdAt);
    }

    public static PriceAlert reconstitute(PriceAlertId id, AccountId owner, CardId card, Money target,
                                          AlertDirection direction, Optional<Instant> triggeredAt, Instant createdAt) {
        return new PriceAlert(Optional.of(id), owner, card, target, direction, triggeredAt, createdAt);
    }

    /**
     * The alert triggered by {@code price} (already in the target's currency), or empty when the
     * price does not reach the target or the alert fired before.
     *
     * @throws io.cardvault.domain.shared.CurrencyMismatchException when the price is in another currency:
     *         converting is the caller's job, comparing across currencies is never right
     */
    public Optional<PriceAlert> evaluate(Money price, Instant at) {
        if (!isActive()) {
            return Optional.empty();
        }
        if (!direction.isCrossedBy(price.compareTo(target))) {
            return Optional.empty();
        }
        return Optional.of(new PriceAlert(id, owner, card, target, direction, Optional.of(at), createdAt));
    }

    /** Same card, side and target: a second such active alert would only fire twice for one event. */
    public boolean duplicates(PriceAlert other) {
        return isActive() && other.isActive() && owner.equals(other.owner) && card.equals(other.card)
                && direction == other.direction && target.equals(other.target);
    }

    public boolean isActive() {
        return triggeredAt.isEmpty();
    }

    public boolean isOwnedBy(AccountId account) {
        return owner.equals(account);
    }

    public Optional<PriceAlertId> id() {
        return id;
    }

    public AccountId owner() {
        return owner;
    }

    public CardId card() {
        return card;
    }

    public Money target() {
        return target;
    }

    public AlertDirection direction() {
        return direction;
    }

    public Optional<Instant> triggeredAt() {
        return triggeredAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
