package io.cardvault.domain.marketplace;

import java.util.Objects;

/**
 * A move the transaction's state machine refuses, with the status the transaction is in, so a
 * client can show what is possible instead. The code says why:
 * <ul>
 *   <li>{@code illegal_transition}: no move leads from the current status to the wanted one
 *       (shipping an unpaid order, anything after a terminal status, the same status again);</li>
 *   <li>{@code not_your_move}: the move exists, but the other party makes it (a seller confirming
 *       delivery, a buyer shipping);</li>
 *   <li>{@code shipping_details_required}: {@code shipped} is reached only through the shipping act,
 *       which carries the carrier and tracking number.</li>
 * </ul>
 */
public final class IllegalTransactionMoveException extends MarketplaceRejection {

    private static final long serialVersionUID = 1L;

    public static final String ILLEGAL_TRANSITION = "illegal_transition";
    public static final String NOT_YOUR_MOVE = "not_your_move";
    public static final String SHIPPING_DETAILS_REQUIRED = "shipping_details_required";

    private final TransactionStatus current;
    private final TransactionStatus wanted;

    public IllegalTransactionMoveException(String code, TransactionStatus current, TransactionStatus wanted) {
        super(code, message(code, current, wanted));
        this.current = Objects.requireNonNull(current, "current");
        this.wanted = Objects.requireNonNull(wanted, "wanted");
    }

    private static String message(String code, TransactionStatus current, TransactionStatus wanted) {
        return switch (code) {
            case NOT_YOUR_MOVE -> "the other party moves a " + current.code() + " transaction to " + wanted.code();
            case SHIPPING_DETAILS_REQUIRED -> "mark the transaction shipped with its carrier and tracking number";
            default -> "a " + current.code() + " transaction cannot become " + wanted.code();
        };
    }

    public TransactionStatus current() {
        return current;
    }

    public TransactionStatus wanted() {
        return wanted;
    }
}
