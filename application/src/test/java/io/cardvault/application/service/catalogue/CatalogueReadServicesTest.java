package io.cardvault.application.service.catalogue;

import static io.cardvault.application.port.out.CatalogueFixtures.MTG;
import static io.cardvault.application.port.out.CatalogueFixtures.POKEMON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.catalogue.BuyLinks;
import io.cardvault.application.port.in.catalogue.CardComparison;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.CatalogueIds;
import io.cardvault.application.port.in.catalogue.EvolutionChain;
import io.cardvault.application.port.in.catalogue.EvolutionStage;
import io.cardvault.application.port.in.catalogue.GameSets;
import io.cardvault.application.port.in.catalogue.MissingCardFilterException;
import io.cardvault.application.port.in.catalogue.SetCards;
import io.cardvault.application.port.out.CatalogueFixtures;
import io.cardvault.application.port.out.InMemoryCatalogueViews;
import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.domain.catalogue.CardCriteria;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.GameOverview;
import io.cardvault.domain.catalogue.SealedProduct;
import io.cardvault.domain.catalogue.SetOverview;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.catalogue.Window;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The catalogue's read use cases on the shared in-memory views, holding one Base Set (Charmander, Charmeleon, Charizard). */
class CatalogueReadServicesTest {

    private static final CardId UNKNOWN_CARD = new CardId(999_999);

    private final InMemoryCatalogueViews views = new InMemoryCatalogueViews(POKEMON, MTG);
    private final CardSet set = CatalogueFixtures.baseSet();
    private final StoredSet stored = views.store(POKEMON, set, CatalogueFixtures.evolutionLine(set));
    private final CardId charmander = card("46");
    private final CardId charmeleon = card("24");
    private final CardId charizard = card("4");

    private CardId card(String localId) {
        return stored.cardIds().get(set.key().externalId() + "-" + localId);
    }

    @Test
    void games_are_listed_with_their_counters_and_found_by_slug_only_when_known() {
        assertThat(new ListGamesService(views).games()).extracting(GameOverview::slug).containsExactly("pokemon", "mtg");
        assertThat(new GetGameService(views).game("pokemon").cards()).isEqualTo(3);
        assertThatThrownBy(() -> new GetGameService(views).game("yugioh"))
                .isInstanceOfSatisfying(CatalogueEntryNotFoundException.class,
                        e -> assertThat(e.entry()).isEqualTo(CatalogueEntryNotFoundException.Entry.GAME));
    }

    @Test
    void a_games_sets_come_with_the_game_and_an_unknown_game_is_not_found() {
        GameSets sets = new ListGameSetsService(views).sets("pokemon", new Window(0, 10));

        assertThat(sets.game().slug()).isEqualTo("pokemon");
        assertThat(sets.sets().items()).extracting(SetOverview::code).containsExactly(set.code());
        assertThat(new ListGameSetsService(views).sets("mtg", new Window(0, 10)).sets().total()).isZero();
        assertThatThrownBy(() -> new ListGameSetsService(views).sets("nope", new Window(0, 10)))
                .isInstanceOf(CatalogueEntryNotFoundException.class);
    }

    @Test
    void a_set_is_found_by_id_and_only_within_its_own_game() {
        GetSetService sets = new GetSetService(views);

        assertThat(sets.set(stored.setId()).code()).isEqualTo(set.code());
        assertThat(sets.setOfGame("pokemon", stored.setId()).cardCount()).isEqualTo(3);
        assertThatThrownBy(() -> sets.setOfGame("mtg", stored.setId()))
                .isInstanceOf(CatalogueEntryNotFoundException.class).hasMessage("set not found: " + stored.setId().value());
        assertThatThrownBy(() -> sets.set(new CardSetId(424242))).isInstanceOf(CatalogueEntryNotFoundException.class);
    }

    @Test
    void a_sets_cards_are_windowed_and_a_window_past_the_end_is_empty_without_a_read() {
        ListSetCardsService cards = new ListSetCardsService(views);

        SetCards first = cards.cards(stored.setId(), Window.page(1, 2));
        assertThat(first.set().id()).isEqualTo(stored.setId().value());
        assertThat(first.cards()).extracting(CardOverview::localId).containsExactly("4", "24");
        assertThat(cards.cards(stored.setId(), Window.page(2, 2)).cards()).extracting(CardOverview::localId).containsExactly("46");
        assertThat(cards.cards(stored.setId(), Window.page(3, 2)).cards()).isEmpty();
        assertThatThrownBy(() -> cards.cards(new CardSetId(424242), Window.page(1, 2)))
                .isInstanceOf(CatalogueEntryNotFoundException.class);
    }

    @Test
    void a_card_is_found_by_id_and_only_within_its_own_game() {
        GetCardService cards = new GetCardService(views);

        assertThat(cards.card(charizard).card().name()).isEqualTo("Charizard");
        assertThat(cards.cardOfGame("pokemon", charizard).printings()).hasSize(3);
        assertThatThrownBy(() -> cards.cardOfGame("mtg", charizard))
                .isInstanceOf(CatalogueEntryNotFoundException.class).hasMessage("card not found: " + charizard.value());
        assertThatThrownBy(() -> cards.card(UNKNOWN_CARD)).isInstanceOf(CatalogueEntryNotFoundException.class)
                .hasMessage("card not found: 999999");
    }

    @Test
    void an_id_no_card_can_have_is_not_found_like_an_unknown_one() {
        assertThatThrownBy(() -> CatalogueIds.card(0)).isInstanceOf(CatalogueEntryNotFoundException.class)
                .hasMessage("card not found: 0");
        assertThatThrownBy(() -> CatalogueIds.set(-3)).isInstanceOf(CatalogueEntryNotFoundException.class)
                .hasMessage("set not found: -3");
        assertThat(CatalogueIds.card(7)).isEqualTo(new CardId(7));
        assertThat(CatalogueIds.set(8)).isEqualTo(new CardSetId(8));
    }

    @Test
    void compare_keeps_the_order_asked_counts_repeats_once_and_names_the_missing_ids() {
        CardComparison comparison = new CompareCardsService(views)
                .compare(List.of(charizard, UNKNOWN_CARD, charmander, charizard));

        assertThat(comparison.cards()).extracting(CardDetails::id).containsExactly(charizard.value(), charmander.value());
        assertThat(comparison.missing()).containsExactly(UNKNOWN_CARD);
    }

    @Test
    void buy_links_use_the_matching_variants_marketplace_ids_and_always_offer_an_ebay_search() {
        GetBuyLinksService links = new GetBuyLinksService(views);

        BuyLinks holo = links.links(charizard, "Holo");
        assertThat(holo.cardId()).isEqualTo(charizard);
        assertThat(holo.variant()).isEqualTo("holo");
        assertThat(holo.tcgplayerUrl()).isEqualTo("https://www.tcgplayer.com/product/42382");
        assertThat(holo.cardmarketUrl()).startsWith("https://www.cardmarket.com/en/Pokemon/Products/Singles/Base-Set-")
                .endsWith("/Charizard?idProduct=273699");
        BuyLinks plain = links.links(charmander, null);
        assertThat(plain.variant()).isEqualTo("normal");
        assertThat(plain.cardmarketUrl()).isNull();
        assertThat(plain.tcgplayerUrl()).isNull();
        assertThat(plain.ebayUrl()).startsWith("https://www.ebay.com/sch/i.html?_nkw=Charmander+46%2F102+Base+Set");
        assertThatThrownBy(() -> links.links(UNKNOWN_CARD, "holo")).isInstanceOf(CatalogueEntryNotFoundException.class);
    }

    @Test
    void the_evolution_chain_runs_from_the_basic_to_the_last_stage_whichever_card_is_asked() {
        EvolutionChain fromCharmeleon = new GetEvolutionChainService(views).chain(charmeleon);

        assertThat(fromCharmeleon.cardId()).isEqualTo(charmeleon);
        assertThat(fromCharmeleon.chain()).extracting(EvolutionStage::name).containsExactly("Charmander", "Charmeleon", "Charizard");
        assertThat(fromCharmeleon.chain()).extracting(EvolutionStage::stage).containsExactly("Basic", "Stage 1", "Stage 2");
        assertThat(fromCharmeleon.chain()).extracting(EvolutionStage::cardId).containsExactly(charmander, charmeleon, charizard);
        assertThat(new GetEvolutionChainService(views).chain(charizard).chain()).isEqualTo(fromCharmeleon.chain());
    }

    @Test
    void the_evolution_chain_prefers_the_namesake_printed_in_the_cards_own_set() {
        CardSet reprint = CatalogueFixtures.baseSet();
        views.store(POKEMON, reprint, CatalogueFixtures.evolutionLine(reprint));

        assertThat(new GetEvolutionChainService(views).chain(charizard).chain()).extracting(EvolutionStage::cardId)
                .containsExactly(charmander, charmeleon, charizard);
    }

    @Test
    void listing_cards_needs_a_known_game_and_filters_within_it() {
        ListCardsService cards = new ListCardsService(views);

        Slice<CardOverview> rare = cards.cards(new CardCriteria("pokemon", null, null, null, "RARE"), new Window(0, 10));
        assertThat(rare.items()).extracting(CardOverview::name).containsExactly("Charizard");
        assertThat(cards.cards(new CardCriteria("pokemon", null, "char", null, null), new Window(0, 1)).total()).isEqualTo(3);
        assertThatThrownBy(() -> cards.cards(new CardCriteria("nope", null, null, null, null), new Window(0, 10)))
                .isInstanceOf(CatalogueEntryNotFoundException.class);
    }

    @Test
    void resolving_cards_needs_a_game_name_or_number_and_an_unknown_game_matches_nothing() {
        ResolveCardsService resolve = new ResolveCardsService(views);

        assertThat(resolve.resolve(new CardCriteria(null, null, "dracaufeu", "4/102", null), 5))
                .extracting(CardOverview::id).containsExactly(charizard.value());
        assertThat(resolve.resolve(new CardCriteria("nope", null, "charizard", null, null), 5)).isEmpty();
        assertThatThrownBy(() -> resolve.resolve(new CardCriteria(null, stored.setId().value(), null, null, "Rare"), 5))
                .isInstanceOf(MissingCardFilterException.class);
    }

    @Test
    void recent_cards_are_those_of_sets_released_since_the_day_and_a_named_game_must_exist() {
        ListRecentCardsService recent = new ListRecentCardsService(views);

        Slice<CardOverview> since = recent.recent(set.releaseDate(), 2, Optional.of("pokemon"));
        assertThat(since.items()).extracting(CardOverview::localId).containsExactly("4", "24");
        assertThat(since.total()).isEqualTo(3);
        assertThat(recent.recent(set.releaseDate().plusDays(1), 10, Optional.empty()).total()).isZero();
        assertThatThrownBy(() -> recent.recent(LocalDate.of(2020, 1, 1), 10, Optional.of("nope")))
                .isInstanceOf(CatalogueEntryNotFoundException.class);
    }

    @Test
    void sealed_products_are_read_within_a_known_game_and_optionally_one_set() {
        long box = views.addSealedProduct("pokemon", Optional.of(stored.setId()), "Booster Box", "booster_box", set.releaseDate());
        long tin = views.addSealedProduct("pokemon", Optional.empty(), "Tin", "tin", null);
        ListSealedProductsService list = new ListSealedProductsService(views, views);
        GetSealedProductService get = new GetSealedProductService(views, views);

        assertThat(list.sealedProducts("pokemon", Optional.empty(), new Window(0, 10)).items())
                .extracting(SealedProduct::id).containsExactly(box, tin);
        assertThat(list.sealedProducts("pokemon", Optional.of(stored.setId()), new Window(0, 10)).items())
                .extracting(SealedProduct::name).containsExactly("Booster Box");
        assertThatThrownBy(() -> list.sealedProducts("nope", Optional.empty(), new Window(0, 10)))
                .isInstanceOf(CatalogueEntryNotFoundException.class);
        assertThat(get.sealedProduct("pokemon", tin).name()).isEqualTo("Tin");
        assertThatThrownBy(() -> get.sealedProduct("mtg", tin))
                .isInstanceOfSatisfying(CatalogueEntryNotFoundException.class,
                        e -> assertThat(e.entry()).isEqualTo(CatalogueEntryNotFoundException.Entry.SEALED_PRODUCT));
    }
}
