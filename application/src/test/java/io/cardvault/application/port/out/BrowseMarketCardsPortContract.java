package io.cardvault.application.port.out;

import static io.cardvault.application.port.out.CatalogueFixtures.POKEMON;
import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.catalogue.MarketCardFilter;
import io.cardvault.application.port.out.catalogue.MarketCardRow;
import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.Finish;
import io.cardvault.domain.catalogue.Game;
import io.cardvault.domain.price.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link BrowseMarketCardsPort}: every implementation (the in-memory fake, the MariaDB
 * adapter) must pass it. Each test stores a set of its own and filters by it, so an implementation
 * may keep data between tests.
 */
public abstract class BrowseMarketCardsPortContract {

    private BrowseMarketCardsPort cards;
    private StoredSet stored;

    protected abstract BrowseMarketCardsPort cards();

    /** Stores a set with its cards as the catalogue import does. */
    protected abstract StoredSet store(Game game, CardSet set, List<Card> cards);

    /** Gives the card a graded (PSA 10) price series. */
    protected abstract void addGradedSeries(CardId card);

    @BeforeEach
    void freshSet() {
        cards = cards();
        CardSet set = CatalogueFixtures.baseSet();
        stored = store(POKEMON, set, CatalogueFixtures.evolutionLine(set));
    }

    private MarketCardFilter ofSet(Region market) {
        return new MarketCardFilter(market, Optional.of(stored.setId()), Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    private CardId id(String suffix) {
        return stored.cardIds().entrySet().stream().filter(entry -> entry.getKey().endsWith(suffix)).findFirst().orElseThrow()
                .getValue();
    }

    @Test
    void givenAStoredSet_cardsAfter_walksItsCardsByIdOnePageAfterTheOther() {
        List<MarketCardRow> walked = new ArrayList<>();
        long after = 0;
        List<MarketCardRow> page;
        do {
            page = cards.cardsAfter(ofSet(Region.US), after, 2);
            walked.addAll(page);
            after = page.isEmpty() ? after : page.get(page.size() - 1).card().value();
        } while (page.size() == 2);

        assertThat(walked).extracting(MarketCardRow::name).containsExactly("Charmander", "Charmeleon", "Charizard");
        assertThat(walked).extracting(row -> row.card().value()).isSorted().doesNotHaveDuplicates();
        assertThat(walked).allSatisfy(row -> assertThat(row.set()).isEqualTo(stored.setId()));
    }

    @Test
    void givenACardWithoutCardmarketProduct_euListing_leavesItOut() {
        List<MarketCardRow> eu = cards.cardsAfter(ofSet(Region.EU), 0, 10);

        assertThat(eu).extracting(MarketCardRow::name).containsExactly("Charizard");
        assertThat(eu.get(0).cardmarketProductId()).hasValue(273699L);
    }

    @Test
    void givenFilters_cardsAfter_keepsOnlyMatchingCards() {
        MarketCardFilter byName = new MarketCardFilter(Region.US, Optional.of(stored.setId()), Optional.of("charm"),
                Optional.empty(), Optional.empty(), false);
        MarketCardFilter byNumber = new MarketCardFilter(Region.US, Optional.of(stored.setId()), Optional.empty(),
                Optional.of("4/102"), Optional.empty(), false);
        MarketCardFilter byFinish = new MarketCardFilter(Region.US, Optional.of(stored.setId()), Optional.empty(),
                Optional.empty(), Optional.of(Finish.HOLOFOIL), false);

        assertThat(cards.cardsAfter(byName, 0, 10)).extracting(MarketCardRow::name).containsExactly("Charmander", "Charmeleon");
        assertThat(cards.cardsAfter(byNumber, 0, 10)).extracting(MarketCardRow::name).containsExactly("Charizard");
        assertThat(cards.cardsAfter(byFinish, 0, 10)).extracting(MarketCardRow::name).containsExactly("Charizard");
    }

    @Test
    void givenAGradedSeries_gradedOnly_keepsThatCard() {
        addGradedSeries(id("-24"));
        MarketCardFilter graded = new MarketCardFilter(Region.US, Optional.of(stored.setId()), Optional.empty(),
                Optional.empty(), Optional.empty(), true);

        assertThat(cards.cardsAfter(graded, 0, 10)).extracting(MarketCardRow::name).containsExactly("Charmeleon");
    }

    @Test
    void givenACardId_card_describesItWithItsFirstVariant() {
        MarketCardRow charizard = cards.card(id("-4")).orElseThrow();

        assertThat(charizard.name()).isEqualTo("Charizard");
        assertThat(charizard.collectorNumber()).isEqualTo("4/102");
        assertThat(charizard.rarity()).hasValue("Rare");
        assertThat(charizard.firstFinish()).hasValue(Finish.HOLOFOIL);
        assertThat(charizard.firstVariant()).isPresent();
        assertThat(cards.card(new CardId(999_999_999L))).isEmpty();
    }

    @Test
    void givenACardmarketProduct_cardSoldAs_findsACardSoldAsIt() {
        MarketCardRow sold = cards.cardSoldAs(273699L).orElseThrow();

        assertThat(sold.name()).isEqualTo("Charizard");
        assertThat(sold.cardmarketProductId()).hasValue(273699L);
        assertThat(sold.card().value()).isLessThanOrEqualTo(id("-4").value());
        assertThat(cards.cardSoldAs(999_999_998L)).isEmpty();
    }
}
