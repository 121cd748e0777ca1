package io.cardvault.application.port.in.collection;

import io.cardvault.domain.account.AccountId;
import java.util.List;
import java.util.Objects;

/**
 * An import as the file reader produced it: whose collection, the rows it could read, and the
 * lines it could not (they come back in the result's rejected list, in line order with the
 * matcher's own rejections, so the collector sees every refused line in one answer).
 */
public record ImportCollectionCommand(AccountId owner, List<CollectionImportRow> rows, List<RejectedLine> unreadableLines) {

    public ImportCollectionCommand {
        Objects.requireNonNull(owner, "owner");
        rows = List.copyOf(rows);
        unreadableLines = List.copyOf(unreadableLines);
    }
}
