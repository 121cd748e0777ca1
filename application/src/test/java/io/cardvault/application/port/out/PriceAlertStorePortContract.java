package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.AlertDirection;
import io.cardvault.domain.collection.DuplicatePriceAlertException;
import io.cardvault.domain.collection.PriceAlert;
import io.cardvault.domain.collection.PriceAlertId;
import io.cardvault.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Contract of {@link PriceAlertStorePort}; each test uses owners and cards of its own. */
public abstract class PriceAlertStorePortContract {

    private static final Instant DAY = Instant.parse("2026-12-01T10:00:00Z");

    protected abstract PriceAlertStorePort store();

    protected abstract AccountId anOwner();

    protected abstract CardId aCard();

    /** Where racing calls run; an in-container test gives the container's managed threads. */
    protected Executor racers() {
        return Race.ownThreads();
    }

    private static PriceAlert below(AccountId owner, CardId card, String target) {
        return PriceAlert.set(owner, card, Money.of(target, "EUR"), AlertDirection.BELOW, DAY);
    }

    @Test
    void givenNewAlert_add_storesItActiveWithItsTargetAndSide() {
        AccountId owner = anOwner();
        CardId card = aCard();
        PriceAlert added = store().add(PriceAlert.set(owner, card, Money.of("12.5", "USD"), AlertDirection.ABOVE, DAY));

        PriceAlert found = store().findById(added.id().orElseThrow()).orElseThrow();
        assertThat(found.target()).isEqualTo(Money.of("12.50", "USD"));
        assertThat(found.direction()).isEqualTo(AlertDirection.ABOVE);
        assertThat(found.isActive()).isTrue();
        assertThat(found.createdAt()).isEqualTo(DAY);
        assertThat(store().findByOwner(owner)).extracting(PriceAlert::id).containsExactly(added.id());
    }

    @Test
    void givenActiveAlert_addingTheSameAgain_isADuplicateButAnotherTargetIsNot() {
        AccountId owner = anOwner();
        CardId card = aCard();
        store().add(below(owner, card, "750"));
        assertThatThrownBy(() -> store().add(below(owner, card, "750.00"))).isInstanceOf(DuplicatePriceAlertException.class);
        store().add(below(owner, card, "700"));
        assertThat(store().findByOwner(owner)).hasSize(2);
    }

    @Test
    void givenTriggeredAlert_theSameAlertCanBeSetAgain() {
        AccountId owner = anOwner();
        CardId card = aCard();
        PriceAlert first = store().add(below(owner, card, "750"));
        assertThat(store().markTriggered(first.id().orElseThrow(), DAY.plusSeconds(60))).isTrue();
        store().add(below(owner, card, "750"));
        assertThat(store().findByOwner(owner)).hasSize(2);
    }

    @Test
    void givenActiveAlert_markTriggered_succeedsExactlyOnce() {
        PriceAlert alert = store().add(below(anOwner(), aCard(), "750"));
        Instant at = DAY.plusSeconds(3600);
        assertThat(store().markTriggered(alert.id().orElseThrow(), at)).isTrue();
        assertThat(store().markTriggered(alert.id().orElseThrow(), at.plusSeconds(1))).isFalse();
        PriceAlert found = store().findById(alert.id().orElseThrow()).orElseThrow();
        assertThat(found.triggeredAt()).contains(at);
        assertThat(found.isActive()).isFalse();
    }

    @Test
    void givenAlertsOnSeveralCards_findActiveFor_returnsOnlyActiveOnesOnThoseCards() {
        CardId watched = aCard();
        PriceAlert active = store().add(below(anOwner(), watched, "10"));
        PriceAlert fired = store().add(below(anOwner(), watched, "11"));
        store().markTriggered(fired.id().orElseThrow(), DAY);
        store().add(below(anOwner(), aCard(), "10"));

        assertThat(store().findActiveFor(List.of(watched))).extracting(PriceAlert::id).containsExactly(active.id());
        // a whole market file names thousands of cards: the same answer
        assertThat(store().findActiveFor(marketFileWith(watched))).extracting(PriceAlert::id).containsExactly(active.id());
    }

    /** {@code card} among thousands of other cards, as a whole market file's change names them (ids no card has). */
    static List<CardId> marketFileWith(CardId card) {
        List<CardId> cards = new java.util.ArrayList<>();
        for (long other = 0; other < 5_000; other++) {
            cards.add(new CardId(3_000_000_000L + other));
        }
        cards.add(card);
        return cards;
    }

    @Test
    void givenAlert_delete_removesIt() {
        PriceAlert alert = store().add(below(anOwner(), aCard(), "10"));
        store().delete(alert.id().orElseThrow());
        assertThat(store().findById(alert.id().orElseThrow())).isEmpty();
    }

    @Test
    void givenTheSameAlertAddedByTwoNodesAtOnce_exactlyOneIsStoredAndTheOtherIsADuplicate() {
        AccountId owner = anOwner();
        CardId card = aCard();
        Callable<PriceAlert> add = () -> store().add(below(owner, card, "99.99"));

        List<Race.Outcome<PriceAlert>> outcomes = Race.run(racers(), List.of(add, add, add));
        assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded()).extracting(Race.Outcome::failure)
                .allSatisfy(failure -> assertThat(failure).isInstanceOf(DuplicatePriceAlertException.class));
        assertThat(store().findByOwner(owner)).hasSize(1);
    }

    @Test
    void givenTwoNodesJudgingTheSamePrice_markTriggered_isTrueForExactlyOne() {
        PriceAlertId id = store().add(below(anOwner(), aCard(), "750")).id().orElseThrow();
        Callable<Boolean> trigger = () -> store().markTriggered(id, DAY.plusSeconds(7));

        List<Race.Outcome<Boolean>> outcomes = Race.run(racers(), List.of(trigger, trigger, trigger, trigger));
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure()).isNull());
        assertThat(outcomes).extracting(Race.Outcome::value).containsOnlyOnce(true);
        assertThat(store().findById(id).orElseThrow().triggeredAt()).contains(DAY.plusSeconds(7));
    }

    @Test
    void givenTheSameAmountInAnotherCurrencyOrOnTheOtherSide_add_isNotADuplicate() {
        AccountId owner = anOwner();
        CardId card = aCard();
        store().add(below(owner, card, "750"));
        store().add(PriceAlert.set(owner, card, Money.of("750", "USD"), AlertDirection.BELOW, DAY));
        store().add(PriceAlert.set(owner, card, Money.of("750", "EUR"), AlertDirection.ABOVE, DAY));
        assertThat(store().findByOwner(owner)).hasSize(3);
    }

    @Test
    void givenAlertsSetAtDifferentTimes_findByOwner_listsTheNewestFirst() {
        AccountId owner = anOwner();
        CardId card = aCard();
        PriceAlert later = store().add(PriceAlert.set(owner, card, Money.of("10", "EUR"), AlertDirection.BELOW, DAY.plusSeconds(60)));
        PriceAlert earlier = store().add(below(owner, card, "11"));
        PriceAlert sameTime = store().add(below(owner, card, "12"));

        assertThat(store().findByOwner(owner)).extracting(PriceAlert::id)
                .containsExactly(later.id(), sameTime.id(), earlier.id());
    }

    @Test
    void givenUnknownAlert_markTriggered_isFalse() {
        PriceAlert alert = store().add(below(anOwner(), aCard(), "10"));
        store().delete(alert.id().orElseThrow());
        assertThat(store().markTriggered(alert.id().orElseThrow(), DAY)).isFalse();
    }
}
