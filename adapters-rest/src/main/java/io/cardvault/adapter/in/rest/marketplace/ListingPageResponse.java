package io.cardvault.adapter.in.rest.marketplace;

import io.cardvault.application.port.in.marketplace.ListingView;
import io.cardvault.domain.catalogue.Slice;
import java.util.List;

/** The list shape: {@code items}, {@code total}, {@code limit}, {@code offset}. */
public record ListingPageResponse(List<ListingResponse> items, long total, int limit, int offset) {

    static ListingPageResponse from(Slice<ListingView> page, int limit, int offset) {
        return new ListingPageResponse(page.items().stream().map(ListingResponse::from).toList(), page.total(), limit, offset);
    }
}
