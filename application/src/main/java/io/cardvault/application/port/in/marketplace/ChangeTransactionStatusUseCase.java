package io.cardvault.application.port.in.marketplace;

/**
 * Use case: a party makes a move of the transaction's state machine (pay, cancel, confirm delivery,
 * complete, dispute; see {@link io.cardvault.domain.marketplace.TransactionStatus}); the other party
 * is told. A move the machine refuses is an
 * {@link io.cardvault.domain.marketplace.IllegalTransactionMoveException} with the current status
 * (also when a concurrent move got there first); a non-party gets {@link TransactionNotFoundException}.
 */
public interface ChangeTransactionStatusUseCase {

    TransactionView change(ChangeTransactionStatusCommand command);
}
