package io.cardvault.application.service.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.collection.PriceAlertNotFoundException;
import io.cardvault.application.port.in.collection.PriceAlertView;
import io.cardvault.application.port.in.collection.SetPriceAlertCommand;
import io.cardvault.application.port.out.CatalogueFixtures;
import io.cardvault.application.port.out.FreshIds;
import io.cardvault.application.port.out.InMemoryCatalogueViews;
import io.cardvault.application.port.out.InMemoryExchangeRates;
import io.cardvault.application.port.out.InMemoryPriceAlertStore;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.collection.AlertDirection;
import io.cardvault.domain.collection.DuplicatePriceAlertException;
import io.cardvault.domain.collection.InvalidCollectionDataException;
import io.cardvault.domain.collection.PriceAlertId;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PriceAlertServicesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final InMemoryCatalogueViews catalogue = new InMemoryCatalogueViews(CatalogueFixtures.POKEMON);
    private final InMemoryExchangeRates rates = new InMemoryExchangeRates();
    private final InMemoryPriceAlertStore alerts = new InMemoryPriceAlertStore();
    private final FreshIds ids = new FreshIds();

    private final SetPriceAlertService set = settingAt(NOW);
    private final ListPriceAlertsService list = new ListPriceAlertsService(alerts, catalogue);
    private final DeletePriceAlertService delete = new DeletePriceAlertService(alerts);

    private CardId charizard;

    @BeforeEach
    void catalogue_with_the_base_set() {
        CardSet set = CatalogueFixtures.baseSet();
        charizard = catalogue.store(CatalogueFixtures.POKEMON, set, CatalogueFixtures.evolutionLine(set)).cardIds()
                .get(CatalogueFixtures.charizard(set).externalId());
    }

    @Test
    void an_alert_defaults_to_below_in_euros_and_is_listed_with_its_card_name() {
        AccountId owner = ids.account();

        PriceAlertView created = set.set(SetPriceAlertCommand.of(owner, charizard, new BigDecimal("800"), Optional.empty(),
                Optional.empty()));

        assertThat(created.alert().id()).isPresent();
        assertThat(created.alert().direction()).isEqualTo(AlertDirection.BELOW);
        assertThat(created.alert().target()).isEqualTo(Money.of("800.00", "EUR"));
        assertThat(created.alert().isActive()).isTrue();
        assertThat(created.alert().createdAt()).isEqualTo(NOW);
        assertThat(list.alerts(owner)).singleElement().satisfies(view -> {
            assertThat(view.card().name()).isEqualTo("Charizard");
            assertThat(view.alert().id()).isEqualTo(created.alert().id());
        });
    }

    @Test
    void alerts_are_listed_newest_first_and_only_to_their_owner() {
        AccountId owner = ids.account();
        set.set(SetPriceAlertCommand.of(owner, charizard, new BigDecimal("800"), Optional.of("below"), Optional.of("EUR")));
        settingAt(NOW.plusSeconds(60)).set(SetPriceAlertCommand.of(owner, charizard, new BigDecimal("1200"),
                Optional.of("ABOVE"), Optional.of("usd")));

        assertThat(list.alerts(owner)).extracting(view -> view.alert().target())
                .containsExactly(Money.of("1200", "USD"), Money.of("800", "EUR"));
        assertThat(list.alerts(ids.account())).isEmpty();
    }

    @Test
    void a_second_active_alert_with_the_same_card_condition_and_target_is_a_duplicate_until_the_first_fired() {
        AccountId owner = ids.account();
        PriceAlertView first = set.set(SetPriceAlertCommand.of(owner, charizard, new BigDecimal("800"), Optional.empty(),
                Optional.empty()));
        SetPriceAlertCommand again = SetPriceAlertCommand.of(owner, charizard, new BigDecimal("800.00"), Optional.of("below"),
                Optional.of("EUR"));

        assertThatThrownBy(() -> set.set(again)).isInstanceOf(DuplicatePriceAlertException.class);
        // Another side, or another collector, is not a duplicate.
        set.set(SetPriceAlertCommand.of(owner, charizard, new BigDecimal("800"), Optional.of("above"), Optional.empty()));
        set.set(SetPriceAlertCommand.of(ids.account(), charizard, new BigDecimal("800"), Optional.empty(), Optional.empty()));

        alerts.markTriggered(first.alert().id().orElseThrow(), NOW.plusSeconds(5));
        assertThat(set.set(again).alert().isActive()).isTrue();
        assertThat(list.alerts(owner)).hasSize(3);
    }

    @Test
    void an_unknown_card_a_currency_prices_cannot_be_compared_in_and_a_bad_condition_name_their_fields() {
        AccountId owner = ids.account();
        assertThatThrownBy(() -> set.set(SetPriceAlertCommand.of(owner, new CardId(999_999), new BigDecimal("800"),
                Optional.empty(), Optional.empty())))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class,
                        refused -> assertThat(refused.field()).isEqualTo("card_id"));
        assertThatThrownBy(() -> set.set(SetPriceAlertCommand.of(owner, charizard, new BigDecimal("800"), Optional.empty(),
                Optional.of("JPY"))))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class,
                        refused -> assertThat(refused.field()).isEqualTo("currency"));
        assertThatThrownBy(() -> SetPriceAlertCommand.of(owner, charizard, new BigDecimal("800"), Optional.of("sideways"),
                Optional.empty()))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class,
                        refused -> assertThat(refused.field()).isEqualTo("condition"));
        assertThatThrownBy(() -> SetPriceAlertCommand.of(owner, charizard, new BigDecimal("-1"), Optional.empty(),
                Optional.empty()))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class,
                        refused -> assertThat(refused.field()).isEqualTo("target_price"));
        assertThatThrownBy(() -> SetPriceAlertCommand.of(owner, charizard, null, Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class,
                        refused -> assertThat(refused.field()).isEqualTo("target_price"));
        assertThat(list.alerts(owner)).isEmpty();
    }

    @Test
    void deleting_takes_only_the_callers_own_alert_and_another_users_alert_is_not_found() {
        AccountId owner = ids.account();
        PriceAlertId id = set.set(SetPriceAlertCommand.of(owner, charizard, new BigDecimal("800"), Optional.empty(),
                Optional.empty())).alert().id().orElseThrow();

        assertThatThrownBy(() -> delete.delete(ids.account(), id)).isInstanceOf(PriceAlertNotFoundException.class);
        assertThat(list.alerts(owner)).hasSize(1);

        delete.delete(owner, id);
        assertThat(list.alerts(owner)).isEmpty();
        assertThatThrownBy(() -> delete.delete(owner, id)).isInstanceOf(PriceAlertNotFoundException.class);
    }

    private SetPriceAlertService settingAt(Instant at) {
        return new SetPriceAlertService(alerts, catalogue, rates, Clock.fixed(at, ZoneOffset.UTC));
    }
}
