package io.cardvault.domain.catalogue;

import java.util.List;

/** One page of a ranked card search and how many cards match in all. */
public record CardSearchPage(List<CardSearchHit> hits, long total) {

    public CardSearchPage {
        hits = List.copyOf(hits);
        InvalidCatalogueDataException.require(total >= hits.size(), "total " + total + " below the page's " + hits.size());
    }

    public static CardSearchPage empty() {
        return new CardSearchPage(List.of(), 0);
    }
}
