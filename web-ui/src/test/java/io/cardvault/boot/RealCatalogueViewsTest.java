package io.cardvault.boot;

import io.cardvault.adapter.out.sources.tcgdex.SliceSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.adapter.out.persistence.TestDatabase;
import io.cardvault.adapter.out.persistence.search.TestSearchIndex;
import io.cardvault.application.port.in.catalogue.BuyLinks;
import io.cardvault.application.port.in.catalogue.CardComparison;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.EvolutionChain;
import io.cardvault.application.port.in.catalogue.EvolutionStage;
import io.cardvault.application.port.in.catalogue.ImportCatalogueCommand;
import io.cardvault.application.port.in.catalogue.MissingCardFilterException;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.service.catalogue.CompareCardsService;
import io.cardvault.application.service.catalogue.GetBuyLinksService;
import io.cardvault.application.service.catalogue.GetCardService;
import io.cardvault.application.service.catalogue.GetEvolutionChainService;
import io.cardvault.application.service.catalogue.ImportCatalogueService;
import io.cardvault.application.service.catalogue.ListSetCardsService;
import io.cardvault.application.service.catalogue.ResolveCardsService;
import io.cardvault.domain.catalogue.CardCriteria;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.Window;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalogue read use cases over the real read adapter, on Base Set and Triplet Beat imported from the real dumps. */
class RealCatalogueViewsTest {

    private static LoadCatalogueViewsPort views;
    private static CardId charizard;

    @BeforeAll
    static void importSlices() {
        DataSource dataSource = TestDatabase.fresh("catalogue_real_views");
        new ImportCatalogueService(new SliceSource(Set.of("base1"), List.of()), TestDatabase.catalogueStore(dataSource),
                TestSearchIndex.over(dataSource))
                .importCatalogue(new ImportCatalogueCommand("tcgdex-en"));
        new ImportCatalogueService(new SliceSource(Set.of("SV1a"), List.of()), TestDatabase.catalogueStore(dataSource),
                TestSearchIndex.over(dataSource))
                .importCatalogue(new ImportCatalogueCommand("tcgdex-asia"));
        views = TestDatabase.catalogueViews(dataSource);
        charizard = new CardId(new ResolveCardsService(views).resolve(new CardCriteria("pokemon", null, "Charizard", "4/102", null), 25)
                .get(0).id());
    }

    @Test
    void resolver_findsBaseSetCharizardAndJapaneseCardsByTheirJapaneseName() {
        ResolveCardsService resolver = new ResolveCardsService(views);

        List<CardOverview> found = resolver.resolve(new CardCriteria("pokemon", null, "charizard", "4/102", null), 25);
        assertThat(found).extracting(CardOverview::setCode, CardOverview::collectorNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(found.get(0).setCode(), "4/102"));
        assertThat(found.get(0).setName()).isEqualTo("Base Set");
        assertThat(resolver.resolve(new CardCriteria(null, null, "トロピウス", null, null), 25))
                .extracting(CardOverview::language).containsOnly("ja").isNotEmpty();
        assertThatThrownBy(() -> resolver.resolve(new CardCriteria(null, null, " ", null, null), 25))
                .isInstanceOf(MissingCardFilterException.class);
    }

    @Test
    void cardDetail_hasThePrintRunsAndTheTcgplayerIdOfTheFirstEditionVariant() {
        CardDetails card = new GetCardService(views).card(charizard);

        assertThat(card.printings()).extracting(p -> p.printRun()).contains("unlimited", "1st_edition", "shadowless");
        assertThat(card.variants()).extracting(v -> v.crossReferences().tcgplayerProductId()).contains(106999L);
        assertThatThrownBy(() -> new GetCardService(views).cardOfGame("mtg", charizard))
                .isInstanceOf(CatalogueEntryNotFoundException.class);
    }

    @Test
    void setCards_pageInNumberOrderAndAreEmptyPastTheEnd() {
        ListSetCardsService cards = new ListSetCardsService(views);
        CardSetId baseSet = new CardSetId(new GetCardService(views).card(charizard).set().id());

        assertThat(cards.cards(baseSet, Window.page(1, 3)).cards()).extracting(CardOverview::localId).containsExactly("1", "2", "3");
        assertThat(cards.cards(baseSet, Window.page(2, 60)).cards()).hasSize(42);
        assertThat(cards.cards(baseSet, Window.page(3, 60)).cards()).isEmpty();
    }

    @Test
    void evolution_runsFromCharmanderToCharizardWithinBaseSet() {
        EvolutionChain chain = new GetEvolutionChainService(views).chain(charizard);

        assertThat(chain.chain()).extracting(EvolutionStage::name).containsExactly("Charmander", "Charmeleon", "Charizard");
        assertThat(chain.chain()).extracting(EvolutionStage::stage).containsExactly("Basic", "Stage 1", "Stage 2");
        CardId charmander = chain.chain().get(0).cardId();
        assertThat(new GetEvolutionChainService(views).chain(charmander).chain()).extracting(EvolutionStage::cardId)
                .containsExactlyElementsOf(chain.chain().stream().map(EvolutionStage::cardId).toList());
    }

    @Test
    void buyLinks_pickTheVariantsMarketplaceIds() {
        BuyLinks firstEdition = new GetBuyLinksService(views).links(charizard, "1st_edition_holo");

        assertThat(firstEdition.tcgplayerUrl()).isEqualTo("https://www.tcgplayer.com/product/106999");
        assertThat(firstEdition.ebayUrl()).isEqualTo("https://www.ebay.com/sch/i.html?_nkw=Charizard+4%2F102+Base+Set+1st+Edition+Holo");
        BuyLinks shadowless = new GetBuyLinksService(views).links(charizard, "shadowless_holo");
        BuyLinks unlimited = new GetBuyLinksService(views).links(charizard, "holo");
        // tcgdex names Cardmarket product 660224 for both the Shadowless and the 1st Edition holo: it is the Shadowless one's
        assertThat(shadowless.cardmarketUrl()).endsWith("idProduct=660224");
        assertThat(firstEdition.cardmarketUrl()).as("no Cardmarket product of its own").isNull();
        assertThat(unlimited.cardmarketUrl()).endsWith("idProduct=273699");
        assertThat(unlimited.tcgplayerUrl()).isEqualTo("https://www.tcgplayer.com/product/42382");
        BuyLinks normal = new GetBuyLinksService(views).links(charizard, null);
        assertThat(normal.variant()).isEqualTo("normal");
        assertThat(normal.ebayUrl()).isNotNull();
    }

    @Test
    void compare_keepsTheOrderAskedAndNamesMissingIds() {
        CardComparison comparison = new CompareCardsService(views).compare(List.of(new CardId(999_999L), charizard, charizard));

        assertThat(comparison.cards()).extracting(CardDetails::id).containsExactly(charizard.value());
        assertThat(comparison.missing()).containsExactly(new CardId(999_999L));
    }
}
