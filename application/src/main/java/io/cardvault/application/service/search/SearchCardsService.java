package io.cardvault.application.service.search;

import io.cardvault.application.port.in.search.SearchCardsQuery;
import io.cardvault.application.port.in.search.SearchCardsUseCase;
import io.cardvault.application.port.out.SearchCardsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.CardSearchPage;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Hands the validated query to the search index; the index reads no database row per search. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class SearchCardsService implements SearchCardsUseCase {

    private final SearchCardsPort index;

    @Inject
    public SearchCardsService(SearchCardsPort index) {
        this.index = index;
    }

    @Override
    public CardSearchPage search(SearchCardsQuery query) {
        return index.search(query.criteria());
    }
}
