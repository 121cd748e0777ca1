package io.cardvault.boot;

import io.cardvault.adapter.out.sources.tcgdex.SliceSource;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.adapter.out.persistence.TestDatabase;
import io.cardvault.adapter.out.persistence.search.TestSearchIndex;
import io.cardvault.application.port.in.catalogue.ImportCatalogueCommand;
import io.cardvault.application.service.catalogue.ImportCatalogueService;
import io.cardvault.domain.catalogue.CardSearchCriteria;
import io.cardvault.domain.catalogue.CardSearchHit;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Base Set and Triplet Beat (SV1a) from the real dumps, imported by the real use case, which
 * refreshes the real search index: names in every language the dumps carry find their cards.
 */
class RealCatalogueSearchTest {

    private static TestSearchIndex.SearchIndex index;

    @BeforeAll
    static void importSlice() {
        DataSource dataSource = TestDatabase.fresh("catalogue_search_slice");
        index = TestSearchIndex.over(dataSource);
        new ImportCatalogueService(new SliceSource(Set.of("base1"), List.of()), TestDatabase.catalogueStore(dataSource), index)
                .importCatalogue(new ImportCatalogueCommand("tcgdex-en"));
        new ImportCatalogueService(new SliceSource(Set.of("SV1a"), List.of()), TestDatabase.catalogueStore(dataSource), index)
                .importCatalogue(new ImportCatalogueCommand("tcgdex-asia"));
    }

    @Test
    void the_french_name_finds_base_set_charizard() {
        assertThat(hits("Dracaufeu")).extracting(CardSearchHit::name, CardSearchHit::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Charizard", "4"));
    }

    @Test
    void name_and_printed_number_put_base_set_charizard_first() {
        List<CardSearchHit> hits = hits("charizard 4/102");

        assertThat(hits.get(0).name()).isEqualTo("Charizard");
        assertThat(hits.get(0).number()).isEqualTo("4");
        assertThat(hits.get(0).setName()).isEqualTo("Base Set");
        assertThat(hits.get(0).setCode()).isEqualTo("BS");
    }

    @Test
    void set_names_in_any_language_and_set_codes_find_the_set() {
        assertThat(hits("grundset")).hasSize(50); // a page of Base Set's 102 cards
        assertThat(hits("bs 58")).extracting(CardSearchHit::name).containsExactly("Pikachu");
    }

    @Test
    void japanese_chinese_and_thai_names_find_the_asian_magikarp() {
        List<Long> japanese = ids("コイキング"); // SV1a-022, and SV1a-080 whose only name is Japanese

        assertThat(japanese).hasSize(2);
        List<Long> chinese = ids("鯉魚王");
        assertThat(chinese).hasSize(1);
        assertThat(japanese).containsAll(chinese);
        assertThat(ids("คอยคิง")).isEqualTo(chinese);
        assertThat(ids("magikarp")).containsAll(chinese).hasSizeGreaterThan(1); // and Base Set's
    }

    private static List<CardSearchHit> hits(String text) {
        return index.search(new CardSearchCriteria(text, null, null, null, null, null, 50, 0)).hits();
    }

    private static List<Long> ids(String text) {
        return hits(text).stream().map(hit -> hit.id().value()).toList();
    }
}
