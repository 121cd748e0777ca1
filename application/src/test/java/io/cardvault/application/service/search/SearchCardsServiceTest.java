package io.cardvault.application.service.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.search.SearchCardsQuery;
import io.cardvault.application.port.out.CatalogueFixtures;
import io.cardvault.application.port.out.InMemoryCardSearch;
import io.cardvault.application.port.out.InMemoryCatalogueViews;
import io.cardvault.domain.catalogue.CardSearchHit;
import io.cardvault.domain.catalogue.CardSearchPage;
import io.cardvault.domain.catalogue.CardSet;
import org.junit.jupiter.api.Test;

class SearchCardsServiceTest {

    private final InMemoryCatalogueViews catalogue = new InMemoryCatalogueViews(CatalogueFixtures.POKEMON, CatalogueFixtures.MTG);
    private final InMemoryCardSearch index = new InMemoryCardSearch(catalogue);
    private final SearchCardsService search = new SearchCardsService(index);

    @Test
    void a_query_is_answered_by_the_index_with_its_filters_and_window() {
        CardSet set = CatalogueFixtures.baseSet();
        long setId = catalogue.store(CatalogueFixtures.POKEMON, set, CatalogueFixtures.evolutionLine(set)).setId().value();

        CardSearchPage page = search.search(new SearchCardsQuery("char", "pokemon", setId, null, null, null, 2, 1));

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.hits()).hasSize(2);
        assertThat(search.search(new SearchCardsQuery("glurak", null, null, null, null, null, 10, 0)).hits())
                .extracting(CardSearchHit::name).containsExactly("Charizard");
        assertThat(search.search(new SearchCardsQuery("glurak", "mtg", null, null, null, null, 10, 0)).total()).isZero();
    }
}
