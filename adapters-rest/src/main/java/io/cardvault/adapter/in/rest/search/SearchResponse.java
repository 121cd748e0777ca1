package io.cardvault.adapter.in.rest.search;

import io.cardvault.domain.catalogue.CardSearchPage;
import java.util.List;

/** A page of search results in the contract's list shape: items, total, limit, offset. */
public record SearchResponse(List<SearchItemResponse> items, long total, int limit, int offset) {

    static SearchResponse from(CardSearchPage page, int limit, int offset) {
        return new SearchResponse(page.hits().stream().map(SearchItemResponse::from).toList(), page.total(), limit, offset);
    }
}
