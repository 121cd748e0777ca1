package io.cardvault.application.port.in.marketplace;

import io.cardvault.application.port.in.collection.RejectedLine;
import io.cardvault.domain.account.AccountId;
import java.util.List;
import java.util.Objects;

/** A Cardmarket stock export as read: whose stock, the articles read, and the lines that could not be read (invalid). */
public record ImportCardmarketStockCommand(AccountId seller, List<CardmarketStockLine> lines, List<RejectedLine> unreadable) {

    public ImportCardmarketStockCommand {
        Objects.requireNonNull(seller, "seller");
        lines = List.copyOf(lines);
        unreadable = List.copyOf(unreadable);
    }
}
