package io.cardvault.sandbox.market;

import io.cardvault.domain.catalogue.CardId;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Price moves a demo or a test asked the sandbox market for: from the day of the move on, every
 * variant of the card costs {@code factor} times its modelled price, on every source. Moves of one
 * card multiply. This is the sandbox's one mutable knob (everything else is a pure function of the
 * variant and the day), so a presenter can make a watched card drop and see the alert fire on the
 * next ingest. Held in this node's memory: the sandbox serves its files to the node that ingests
 * them, and a restart forgets the moves, as the model's own prices never change.
 */
final class MarketMoves {

    private static final Map<CardId, Move> MOVES = new ConcurrentHashMap<>();

    private MarketMoves() {
    }

    /** A move's first day and the factor in force from then on. */
    record Move(LocalDate from, double factor) {
    }

    /** Moves the card's prices by {@code factor} from {@code from} on, on top of its earlier moves; answers the move now in force. */
    static Move move(CardId card, LocalDate from, double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("a price moves by a positive factor: " + factor);
        }
        return MOVES.merge(card, new Move(from, factor),
                (earlier, next) -> new Move(earlier.from().isBefore(next.from()) ? earlier.from() : next.from(),
                        earlier.factor() * next.factor()));
    }

    /** The factor on the card's modelled price on {@code day}: 1 before any move. */
    static double factor(CardId card, LocalDate day) {
        Move move = MOVES.get(card);
        return move == null || day.isBefore(move.from()) ? 1 : move.factor();
    }
}
