package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.account.Username;
import io.cardvault.domain.marketplace.Rating;
import io.cardvault.domain.marketplace.Transaction;
import io.cardvault.domain.marketplace.TransactionParty;
import io.cardvault.domain.marketplace.TransactionStatus;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A transaction as one of its parties sees it: their side, both usernames, the moves they may make
 * now (what a page offers as buttons) and the ratings given so far.
 */
public record TransactionView(Transaction transaction, TransactionParty viewerRole, Username buyer, Username seller,
                              Set<TransactionStatus> nextMoves, List<Rating> ratings) {

    public TransactionView {
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(viewerRole, "viewerRole");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(seller, "seller");
        nextMoves = Set.copyOf(nextMoves);
        ratings = List.copyOf(ratings);
    }

    /** Whether the viewer has rated this transaction already. */
    public boolean ratedByViewer() {
        return ratings.stream().anyMatch(rating -> rating.raterRole() == viewerRole);
    }

    /** Whether the viewer may rate it now: ratings are open and they have not rated yet. */
    public boolean mayRate() {
        return transaction.status().opensRating() && !ratedByViewer();
    }
}
