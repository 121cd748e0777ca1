package io.cardvault.domain.marketplace;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The transaction's state machine. Who may make each move:
 * <pre>
 * awaiting_payment ──buyer pays──────────────▶ paid
 * awaiting_payment ──buyer or seller cancels─▶ cancelled
 * paid             ──seller ships (carrier + tracking)─▶ shipped
 * paid             ──seller cancels (refund)─▶ cancelled
 * shipped          ──buyer confirms delivery─▶ delivered
 * delivered        ──buyer completes─────────▶ completed
 * paid | shipped | delivered ──either disputes─▶ disputed
 * </pre>
 * {@code completed}, {@code cancelled} and {@code disputed} are terminal: nothing leaves them.
 */
public enum TransactionStatus {
    AWAITING_PAYMENT, PAID, SHIPPED, DELIVERED, COMPLETED, CANCELLED, DISPUTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TransactionStatus> find(String code) {
        for (TransactionStatus status : values()) {
            if (status.code().equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    public boolean isTerminal() {
        return this == COMPLETED || this == CANCELLED || this == DISPUTED;
    }

    /** The parties that may move a transaction from this status to {@code next}; empty when no such move exists. */
    public Set<TransactionParty> movers(TransactionStatus next) {
        Set<TransactionParty> buyer = EnumSet.of(TransactionParty.BUYER);
        Set<TransactionParty> seller = EnumSet.of(TransactionParty.SELLER);
        Set<TransactionParty> either = EnumSet.allOf(TransactionParty.class);
        return switch (this) {
            case AWAITING_PAYMENT -> switch (next) {
                case PAID -> buyer;
                case CANCELLED -> either;
                default -> Set.of();
            };
            case PAID -> switch (next) {
                case SHIPPED, CANCELLED -> seller;
                case DISPUTED -> either;
                default -> Set.of();
            };
            case SHIPPED -> switch (next) {
                case DELIVERED -> buyer;
                case DISPUTED -> either;
                default -> Set.of();
            };
            case DELIVERED -> switch (next) {
                case COMPLETED -> buyer;
                case DISPUTED -> either;
                default -> Set.of();
            };
            case COMPLETED, CANCELLED, DISPUTED -> Set.of();
        };
    }

    /** The statuses this party may move a transaction in this status to: what a page offers as next actions. */
    public Set<TransactionStatus> nextFor(TransactionParty party) {
        Set<TransactionStatus> next = EnumSet.noneOf(TransactionStatus.class);
        for (TransactionStatus candidate : values()) {
            if (movers(candidate).contains(party)) {
                next.add(candidate);
            }
        }
        return next;
    }

    /** Whether the parties may rate: the card has arrived (or the sale ended in a dispute after it was paid). */
    public boolean opensRating() {
        return this == DELIVERED || this == COMPLETED || this == DISPUTED;
    }
}
