package io.cardvault.application.service.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.collection.AddToWishlistCommand;
import io.cardvault.application.port.in.collection.WishlistEntryNotFoundException;
import io.cardvault.application.port.in.collection.WishlistItem;
import io.cardvault.application.port.out.CatalogueFixtures;
import io.cardvault.application.port.out.FreshIds;
import io.cardvault.application.port.out.InMemoryCatalogueViews;
import io.cardvault.application.port.out.InMemoryExchangeRates;
import io.cardvault.application.port.out.InMemoryPrices;
import io.cardvault.application.port.out.InMemoryWishlistStore;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.analytics.EuroReferenceRates;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.collection.InvalidCollectionDataException;
import io.cardvault.domain.collection.WishlistEntry;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.PriceSeries;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WishlistServicesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private final InMemoryCatalogueViews catalogue = new InMemoryCatalogueViews(CatalogueFixtures.POKEMON);
    private final InMemoryPrices prices = new InMemoryPrices();
    private final InMemoryExchangeRates rates = new InMemoryExchangeRates();
    private final InMemoryWishlistStore wishlist = new InMemoryWishlistStore();
    private final FreshIds ids = new FreshIds();

    private final AddToWishlistService add = new AddToWishlistService(wishlist, catalogue, prices, rates,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final ListWishlistService list = new ListWishlistService(wishlist, catalogue, prices, rates);
    private final RemoveFromWishlistService remove = new RemoveFromWishlistService(wishlist);

    private CardId charizard;
    private CardId charmander;
    private VariantId charizardVariant;

    @BeforeEach
    void catalogue_with_the_base_set() {
        CardSet set = CatalogueFixtures.baseSet();
        var stored = catalogue.store(CatalogueFixtures.POKEMON, set, CatalogueFixtures.evolutionLine(set));
        charizard = stored.cardIds().get(CatalogueFixtures.charizard(set).externalId());
        charmander = stored.cardIds().get(CatalogueFixtures.charmander(set).externalId());
        charizardVariant = new VariantId(catalogue.card(charizard).orElseThrow().variants().get(0).id());
    }

    @Test
    void a_wish_is_listed_with_its_card_and_the_lowest_market_price_in_its_currency() {
        rates.store(List.of(new EuroReferenceRates(TODAY, Map.of(Currency.getInstance("USD"), new BigDecimal("1.25")))));
        prices.givenLatest(charizard.value(), PriceSeries.raw(charizardVariant, PriceSource.CARDMARKET, PriceType.TREND),
                TODAY, new BigDecimal("412.00"), false);
        // 500 USD at 1.25 USD per EUR is 400.00 EUR: the lowest market value once converted.
        prices.givenLatest(charizard.value(), PriceSeries.raw(charizardVariant, PriceSource.TCGCSV, PriceType.MARKET),
                TODAY, new BigDecimal("500.00"), false);
        // Neither a low quote nor a slab's price is the card's market value.
        prices.givenLatest(charizard.value(), PriceSeries.raw(charizardVariant, PriceSource.CARDMARKET, PriceType.LOW),
                TODAY, new BigDecimal("150.00"), false);
        prices.givenLatest(charizard.value(), PriceSeries.graded(charizardVariant, PriceSource.EBAY,
                Grading.of(GradingCompany.PSA, "10")), TODAY, new BigDecimal("90.00"), false);
        AccountId owner = ids.account();

        add.add(AddToWishlistCommand.of(owner, charizard, Optional.of(new BigDecimal("450")), Optional.empty()));

        List<WishlistItem> items = list.wishlist(owner);
        assertThat(items).hasSize(1);
        WishlistItem item = items.get(0);
        assertThat(item.card().name()).isEqualTo("Charizard");
        assertThat(item.card().setName()).hasValueSatisfying(name -> assertThat(name).startsWith("Base Set"));
        assertThat(item.entry().maxPrice()).contains(Money.of("450", "EUR"));
        assertThat(item.currentPrice()).contains(Money.of("400.00", "EUR"));
        assertThat(item.underMaxPrice()).isTrue();
        assertThat(item.entry().addedAt()).isEqualTo(NOW);
    }

    @Test
    void a_price_no_stored_rate_converts_is_left_out_rather_than_compared_across_currencies() {
        prices.givenLatest(charizard.value(), PriceSeries.raw(charizardVariant, PriceSource.TCGCSV, PriceType.MARKET),
                TODAY, new BigDecimal("500.00"), false);
        AccountId owner = ids.account();

        WishlistItem item = add.add(AddToWishlistCommand.of(owner, charizard, Optional.of(new BigDecimal("450")),
                Optional.of("EUR")));

        assertThat(item.currentPrice()).isEmpty();
        assertThat(item.underMaxPrice()).isFalse();
        assertThat(add.add(AddToWishlistCommand.of(owner, charizard, Optional.of(new BigDecimal("600")),
                Optional.of("usd"))).currentPrice()).contains(Money.of("500.00", "USD"));
    }

    @Test
    void wishing_again_for_a_card_replaces_its_max_price_and_keeps_when_it_was_first_wished_for() {
        AccountId owner = ids.account();
        add.add(AddToWishlistCommand.of(owner, charizard, Optional.of(new BigDecimal("450")), Optional.empty()));
        addingAt(NOW.plusSeconds(3_600)).add(AddToWishlistCommand.of(owner, charmander, Optional.empty(), Optional.empty()));

        addingAt(NOW.plusSeconds(7_200)).add(AddToWishlistCommand.of(owner, charizard, Optional.of(new BigDecimal("399.99")), Optional.empty()));

        List<WishlistItem> items = list.wishlist(owner);
        assertThat(items).extracting(item -> item.card().name()).containsExactlyInAnyOrder("Charizard", "Charmander");
        WishlistItem wish = items.stream().filter(item -> item.card().id().equals(charizard)).findFirst().orElseThrow();
        assertThat(wish.entry().maxPrice()).contains(Money.of("399.99", "EUR"));
        assertThat(wish.entry().addedAt()).isEqualTo(NOW);
    }

    @Test
    void an_unknown_card_is_refused_on_card_id() {
        assertThatThrownBy(() -> add.add(AddToWishlistCommand.of(ids.account(), new CardId(987_654), Optional.empty(),
                Optional.empty())))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class,
                        refused -> assertThat(refused.field()).isEqualTo("card_id"));
    }

    @Test
    void a_currency_no_source_prices_in_and_no_stored_rate_reaches_is_refused_until_the_ecb_rates_know_it() {
        AccountId owner = ids.account();
        AddToWishlistCommand inFrancs = AddToWishlistCommand.of(owner, charizard, Optional.of(new BigDecimal("450")),
                Optional.of("CHF"));

        assertThatThrownBy(() -> add.add(inFrancs))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class,
                        refused -> assertThat(refused.field()).isEqualTo("currency"));
        assertThat(wishlist.findByOwner(owner)).isEmpty();

        rates.store(List.of(new EuroReferenceRates(TODAY, Map.of(Currency.getInstance("CHF"), new BigDecimal("0.94")))));
        assertThat(add.add(inFrancs).currency()).isEqualTo(Currency.getInstance("CHF"));
    }

    @Test
    void typed_amounts_and_currencies_that_break_a_rule_name_their_field() {
        AccountId owner = ids.account();
        assertThatThrownBy(() -> AddToWishlistCommand.of(owner, charizard, Optional.of(BigDecimal.ZERO), Optional.empty()))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class,
                        refused -> assertThat(refused.field()).isEqualTo("max_price"));
        assertThatThrownBy(() -> AddToWishlistCommand.of(owner, charizard, Optional.of(new BigDecimal("1.00001")),
                Optional.empty()))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class,
                        refused -> assertThat(refused.field()).isEqualTo("max_price"));
        assertThatThrownBy(() -> AddToWishlistCommand.of(owner, charizard, Optional.empty(), Optional.of("EURO")))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class,
                        refused -> assertThat(refused.field()).isEqualTo("currency"));
        assertThatThrownBy(() -> AddToWishlistCommand.of(owner, charizard, Optional.empty(), Optional.of("QQQ")))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class,
                        refused -> assertThat(refused.field()).isEqualTo("currency"));
    }

    @Test
    void removing_takes_only_the_callers_own_wish_and_a_card_not_on_the_list_is_not_found() {
        AccountId owner = ids.account();
        AccountId other = ids.account();
        add.add(AddToWishlistCommand.of(owner, charizard, Optional.empty(), Optional.empty()));

        assertThatThrownBy(() -> remove.remove(other, charizard)).isInstanceOf(WishlistEntryNotFoundException.class);
        assertThat(list.wishlist(owner)).hasSize(1);

        remove.remove(owner, charizard);
        assertThat(list.wishlist(owner)).isEmpty();
        assertThatThrownBy(() -> remove.remove(owner, charizard)).isInstanceOf(WishlistEntryNotFoundException.class);
    }

    @Test
    void a_wish_whose_card_left_the_catalogue_is_still_listed_by_its_number() {
        AccountId owner = ids.account();
        CardId gone = new CardId(555_555);
        wishlist.save(WishlistEntry.wish(owner, gone, Optional.empty(), NOW));

        assertThat(list.wishlist(owner)).singleElement()
                .satisfies(item -> assertThat(item.card().name()).isEqualTo("Card #555555"));
    }

    private AddToWishlistService addingAt(Instant at) {
        return new AddToWishlistService(wishlist, catalogue, prices, rates, Clock.fixed(at, ZoneOffset.UTC));
    }
}
