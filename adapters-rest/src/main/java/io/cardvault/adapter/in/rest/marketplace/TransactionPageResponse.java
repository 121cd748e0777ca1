package io.cardvault.adapter.in.rest.marketplace;

import io.cardvault.application.port.in.marketplace.TransactionView;
import io.cardvault.domain.catalogue.Slice;
import java.util.List;

/** The list shape for a party's transactions, newest first. */
public record TransactionPageResponse(List<TransactionResponse> items, long total, int limit, int offset) {

    static TransactionPageResponse from(Slice<TransactionView> page, int limit, int offset) {
        return new TransactionPageResponse(page.items().stream().map(TransactionResponse::from).toList(), page.total(), limit,
                offset);
    }
}
