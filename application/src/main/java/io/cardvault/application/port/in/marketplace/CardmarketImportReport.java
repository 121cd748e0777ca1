package io.cardvault.application.port.in.marketplace;

import io.cardvault.application.port.in.collection.RejectedLine;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.shared.Money;
import java.util.List;
import java.util.Objects;

/**
 * The per-row report of a Cardmarket stock import, each list in line order: the drafts made, the
 * articles whose card the catalogue does not know (unmatched), and the lines that could not become
 * a listing (invalid: unreadable, or terms a listing refuses), each with its line and reason.
 */
public record CardmarketImportReport(List<Draft> imported, List<RejectedLine> unmatched, List<RejectedLine> invalid) {

    public CardmarketImportReport {
        imported = List.copyOf(imported);
        unmatched = List.copyOf(unmatched);
        invalid = List.copyOf(invalid);
    }

    /** A line that became draft {@code listing} of {@code card}. */
    public record Draft(int line, ListingId listing, CardId card, String cardName, String setName, int quantity, Money price) {

        public Draft {
            Objects.requireNonNull(listing, "listing");
            Objects.requireNonNull(card, "card");
            Objects.requireNonNull(cardName, "cardName");
            Objects.requireNonNull(setName, "setName");
            Objects.requireNonNull(price, "price");
        }
    }
}
