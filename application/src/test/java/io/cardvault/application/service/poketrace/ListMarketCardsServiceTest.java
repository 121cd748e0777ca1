package io.cardvault.application.service.poketrace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.poketrace.KeyedPage;
import io.cardvault.application.port.in.poketrace.ListMarketCardsQuery;
import io.cardvault.application.port.in.poketrace.ListMarketSetsQuery;
import io.cardvault.application.port.in.poketrace.MarketCardDetail;
import io.cardvault.application.port.in.poketrace.MarketCardNotFoundException;
import io.cardvault.application.port.in.poketrace.MarketCardSummary;
import io.cardvault.application.port.in.poketrace.MarketSet;
import io.cardvault.application.port.in.poketrace.PlanUpgradeRequiredException;
import io.cardvault.application.port.out.CatalogueFixtures;
import io.cardvault.application.port.out.InMemoryCatalogueViews;
import io.cardvault.application.port.out.InMemoryMarketCards;
import io.cardvault.application.port.out.InMemoryPrices;
import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.domain.account.ApiPlan;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.price.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The card and set services over the in-memory catalogue: pages by key, set slugs, plan gates, ids per market. */
class ListMarketCardsServiceTest {

    private final InMemoryCatalogueViews views = new InMemoryCatalogueViews(CatalogueFixtures.POKEMON, CatalogueFixtures.MTG);
    private final InMemoryMarketCards cards = new InMemoryMarketCards(views);
    private final ListMarketCardsService list = new ListMarketCardsService(cards, views);
    private final GetMarketCardService get = new GetMarketCardService(cards, views, new InMemoryPrices());
    private final ListMarketSetsService sets = new ListMarketSetsService(views);
    private CardSet set;

    @BeforeEach
    void catalogue() {
        set = CatalogueFixtures.baseSet();
        StoredSet stored = views.store(CatalogueFixtures.POKEMON, set, CatalogueFixtures.evolutionLine(set));
        assertThat(stored.cardIds()).hasSize(3);
    }

    private String slug() {
        return SetSlugs.fold(views.setsOf("pokemon", new io.cardvault.domain.catalogue.Window(0, 10)).items().get(0).name());
    }

    private ListMarketCardsQuery query(ApiPlan plan, Region market, long after, int limit) {
        return new ListMarketCardsQuery(plan, market, Optional.of(slug()), Optional.empty(), Optional.empty(), Optional.empty(),
                false, after, limit);
    }

    @Test
    void a_set_is_walked_page_by_page_by_the_last_card_id() {
        List<MarketCardSummary> walked = new ArrayList<>();
        KeyedPage<MarketCardSummary, Long> page = list.list(query(ApiPlan.FREE, Region.US, 0, 2));
        walked.addAll(page.items());
        assertThat(page.hasMore()).isTrue();
        page = list.list(query(ApiPlan.FREE, Region.US, page.nextAfter().orElseThrow(), 2));
        walked.addAll(page.items());

        assertThat(page.hasMore()).isFalse();
        assertThat(walked).extracting(MarketCardSummary::name).containsExactly("Charmander", "Charmeleon", "Charizard");
        assertThat(walked).allSatisfy(card -> {
            assertThat(card.id()).startsWith("c4d0be15-");
            assertThat(card.setSlug()).isEqualTo(slug());
            assertThat(card.currency().getCurrencyCode()).isEqualTo("USD");
        });
        assertThat(walked.get(2).variant()).contains("Holofoil");
    }

    @Test
    void the_eu_market_lists_cardmarket_products_for_pro_and_refuses_free() {
        List<MarketCardSummary> eu = list.list(query(ApiPlan.PRO, Region.EU, 0, 10)).items();

        assertThat(eu).extracting(MarketCardSummary::id).containsExactly("eu_273699");
        assertThat(eu.get(0).currency().getCurrencyCode()).isEqualTo("EUR");
        assertThatThrownBy(() -> list.list(query(ApiPlan.FREE, Region.EU, 0, 10)))
                .isInstanceOfSatisfying(PlanUpgradeRequiredException.class,
                        refused -> assertThat(refused.need()).isEqualTo(PlanUpgradeRequiredException.Need.EU_MARKET));
        ListMarketCardsQuery graded = new ListMarketCardsQuery(ApiPlan.FREE, Region.US, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), true, 0, 10);
        assertThatThrownBy(() -> list.list(graded)).isInstanceOfSatisfying(PlanUpgradeRequiredException.class,
                refused -> assertThat(refused.need()).isEqualTo(PlanUpgradeRequiredException.Need.GRADED_PRICES));
    }

    @Test
    void an_unknown_set_slug_or_variant_matches_nothing() {
        assertThat(list.list(new ListMarketCardsQuery(ApiPlan.FREE, Region.US, Optional.of("no-such-set"), Optional.empty(),
                Optional.empty(), Optional.empty(), false, 0, 10)).items()).isEmpty();
        assertThat(list.list(new ListMarketCardsQuery(ApiPlan.FREE, Region.US, Optional.of(slug()), Optional.empty(),
                Optional.empty(), Optional.of("sparkly"), false, 0, 10)).items()).isEmpty();
        assertThat(list.list(new ListMarketCardsQuery(ApiPlan.FREE, Region.US, Optional.of(slug()), Optional.empty(),
                Optional.empty(), Optional.of("holofoil"), false, 0, 10)).items()).extracting(MarketCardSummary::name)
                .containsExactly("Charizard");
    }

    @Test
    void a_card_is_found_by_either_market_id_and_an_unknown_id_is_not_found() {
        MarketCardSummary charizard = list.list(query(ApiPlan.FREE, Region.US, 0, 10)).items().get(2);

        MarketCardDetail us = get.get(ApiPlan.FREE, charizard.id());
        MarketCardDetail eu = get.get(ApiPlan.PRO, "eu_273699");

        assertThat(us.card().name()).isEqualTo("Charizard");
        assertThat(us.tiers()).isEmpty(); // no prices stored: nothing invented
        assertThat(eu.card().market()).isEqualTo(Region.EU);
        assertThat(eu.cardmarket()).isEmpty();
        assertThatThrownBy(() -> get.get(ApiPlan.FREE, "eu_273699")).isInstanceOf(PlanUpgradeRequiredException.class);
        assertThatThrownBy(() -> get.get(ApiPlan.PRO, "019bff77-befa-771d-bab0-f5909f0a78c9"))
                .isInstanceOf(MarketCardNotFoundException.class);
    }

    @Test
    void sets_page_by_slug_and_search_the_folded_name() {
        KeyedPage<MarketSet, String> found = sets.list(new ListMarketSetsQuery(Optional.of("BASE SET"), Optional.empty(),
                Optional.empty(), 1));

        assertThat(found.items()).extracting(MarketSet::slug).containsExactly(slug());
        assertThat(found.items().get(0).cardCount()).isEqualTo(3);
        assertThat(sets.list(new ListMarketSetsQuery(Optional.empty(), Optional.of(io.cardvault.application.port.in.poketrace.SetGame.POKEMON_JAPANESE),
                Optional.empty(), 10)).items()).isEmpty();
        assertThat(sets.list(new ListMarketSetsQuery(Optional.empty(), Optional.empty(), Optional.of(slug()), 10)).items())
                .extracting(MarketSet::slug).doesNotContain(slug());
    }
}
