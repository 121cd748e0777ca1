package io.cardvault.application.port.out;

import static io.cardvault.application.port.out.CatalogueFixtures.POKEMON;
import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardSearchCriteria;
import io.cardvault.domain.catalogue.CardSearchHit;
import io.cardvault.domain.catalogue.CardSearchPage;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.Game;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link SearchCardsPort} and {@link RefreshSearchIndexPort}: every implementation
 * (the in-memory fake, the Lucene index over MariaDB) must pass it. Each test stores a set of its
 * own and narrows its searches to it, so an implementation may keep its data between tests.
 */
public abstract class SearchCardsPortContract {

    private SearchCardsPort search;
    private RefreshSearchIndexPort refresh;
    private CardSet set;
    private long setId;

    protected abstract SearchCardsPort search();

    protected abstract RefreshSearchIndexPort refresh();

    /** Stores a set with its cards as the catalogue import does. */
    protected abstract StoredSet store(Game game, CardSet set, List<Card> cards);

    @BeforeEach
    void freshSet() {
        search = search();
        refresh = refresh();
        search.search(criteria("anything", null, 10, 0)); // built before the set is stored: the refresh must bring it in
        set = CatalogueFixtures.baseSet();
        setId = store(POKEMON, set, CatalogueFixtures.evolutionLine(set)).setId().value();
        refresh.refreshSearchIndex();
    }

    private CardSearchCriteria criteria(String text, Long set, int limit, int offset) {
        return new CardSearchCriteria(text, null, set, null, null, null, limit, offset);
    }

    private CardSearchPage inSet(String text) {
        return search.search(criteria(text, setId, 10, 0));
    }

    @Test
    void givenRefreshedIndex_search_findsACardByItsNameInAnyLanguageWithWhatAListShows() {
        CardSearchPage page = inSet("Glurak");

        assertThat(page.total()).isEqualTo(1);
        CardSearchHit hit = page.hits().get(0);
        assertThat(hit.name()).isEqualTo("Charizard");
        assertThat(hit.number()).isEqualTo("4");
        assertThat(hit.rarity()).isEqualTo("Rare");
        assertThat(hit.setName()).isEqualTo(set.displayName());
        assertThat(hit.setCode()).isEqualTo(set.code());
        assertThat(hit.gameSlug()).isEqualTo("pokemon");
        assertThat(hit.best()).isEmpty();
        assertThat(inSet("dracaufeu").hits()).extracting(CardSearchHit::name).containsExactly("Charizard");
        assertThat(inSet("SALAMECHE").hits()).extracting(CardSearchHit::name).containsExactly("Charmander");
    }

    @Test
    void givenEveryWordMustMatch_search_combinesNameAndCollectorNumber() {
        assertThat(inSet("charizard 4/102").hits()).extracting(CardSearchHit::name).containsExactly("Charizard");
        assertThat(inSet("charizard 24").hits()).isEmpty();
        assertThat(inSet("charmeleon base").hits()).extracting(CardSearchHit::name).containsExactly("Charmeleon");
    }

    @Test
    void givenTheLastWordTyped_search_matchesItAsTheStartOfAName() {
        assertThat(inSet("chari").hits()).extracting(CardSearchHit::name).containsExactly("Charizard");
        assertThat(inSet("charm").hits()).extracting(CardSearchHit::name).containsExactlyInAnyOrder("Charmander", "Charmeleon");
    }

    @Test
    void givenMoreMatchesThanTheLimit_search_pagesAndCountsThemAll() {
        CardSearchPage all = search.search(criteria("base", setId, 10, 0));
        CardSearchPage second = search.search(criteria("base", setId, 2, 2));

        assertThat(all.total()).isEqualTo(3);
        assertThat(all.hits()).hasSize(3);
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.hits()).hasSize(1);
    }

    @Test
    void givenFilters_search_keepsOnlyCardsMeetingAllOfThem() {
        assertThat(search.search(new CardSearchCriteria("base", "mtg", setId, null, null, null, 10, 0)).total()).isZero();
        assertThat(search.search(new CardSearchCriteria("base", "pokemon", setId, "rare", null, null, 10, 0)).hits())
                .extracting(CardSearchHit::name).containsExactly("Charizard");
        assertThat(search.search(new CardSearchCriteria("base", null, setId, null, BigDecimal.ONE, null, 10, 0)).total())
                .as("no price is known, so no card meets a price bound").isZero();
    }

    @Test
    void givenTextMatchingNothing_search_answersAnEmptyPage() {
        CardSearchPage page = inSet("zzyzx");

        assertThat(page.total()).isZero();
        assertThat(page.hits()).isEmpty();
    }
}
