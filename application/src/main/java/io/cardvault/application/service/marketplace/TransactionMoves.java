package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.TransactionView;
import io.cardvault.application.port.out.RatingStorePort;
import io.cardvault.application.port.out.TransactionStorePort;
import io.cardvault.application.port.out.marketplace.ConcurrentChangeException;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.IllegalTransactionMoveException;
import io.cardvault.domain.marketplace.Transaction;
import io.cardvault.domain.marketplace.TransactionId;
import io.cardvault.domain.marketplace.TransactionParty;
import java.time.Clock;
import java.time.Instant;

/**
 * One move of a transaction by one of its parties: read, let the domain judge the move, write, tell
 * the other party. A concurrent move that got there first makes this one an illegal transition from
 * the status this caller read.
 */
final class TransactionMoves {

    private final TransactionStorePort transactions;
    private final RatingStorePort ratings;
    private final Traders traders;
    private final MarketNotices notices;
    private final Clock clock;

    TransactionMoves(TransactionStorePort transactions, RatingStorePort ratings, Traders traders, MarketNotices notices,
                     Clock clock) {
        this.transactions = transactions;
        this.ratings = ratings;
        this.traders = traders;
        this.notices = notices;
        this.clock = clock;
    }

    /** What a move does to the transaction the mover holds, from their side, at a moment. */
    @FunctionalInterface
    interface Move {
        Transaction apply(Transaction held, TransactionParty party, Instant now);
    }

    TransactionView move(AccountId mover, TransactionId id, Move move) {
        Instant now = clock.instant();
        Transaction held = PartyTransactions.of(transactions, mover, id);
        TransactionParty party = held.partyOf(mover).orElseThrow();
        Transaction moved = move.apply(held, party, now);
        try {
            transactions.update(moved);
        } catch (ConcurrentChangeException lost) {
            throw new IllegalTransactionMoveException(IllegalTransactionMoveException.ILLEGAL_TRANSITION, held.status(),
                    moved.status());
        }
        notices.moved(moved, mover, now);
        return traders.transaction(mover, moved, ratings);
    }
}
