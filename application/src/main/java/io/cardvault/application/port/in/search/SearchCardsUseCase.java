package io.cardvault.application.port.in.search;

import io.cardvault.domain.catalogue.CardSearchPage;

/**
 * Use case: cross-game card search. Free text matches card names in every language the catalogue
 * holds (accents ignored), collector numbers ("4/102", "4"), set names and set codes; exact name
 * matches rank first, then name prefixes, then the rest.
 */
public interface SearchCardsUseCase {

    CardSearchPage search(SearchCardsQuery query);
}
