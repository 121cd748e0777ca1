package io.cardvault.application.port.out;

import io.cardvault.domain.catalogue.CardSearchCriteria;
import io.cardvault.domain.catalogue.CardSearchPage;

/** Outgoing port: the card search index, ranked and paged. */
public interface SearchCardsPort {

    CardSearchPage search(CardSearchCriteria criteria);
}
