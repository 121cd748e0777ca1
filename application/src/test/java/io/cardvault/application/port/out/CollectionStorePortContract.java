package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.collection.CollectionAmendment;
import io.cardvault.domain.collection.CollectionEntry;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.shared.Money;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link CollectionStorePort}: the in-memory fake and the database adapter must pass it.
 * Each test works on owners and cards of its own, so an implementation may keep data between tests.
 */
public abstract class CollectionStorePortContract {

    private static final Instant DAY = Instant.parse("2026-12-01T10:00:00Z");

    protected abstract CollectionStorePort store();

    /** A fresh account that owns nothing yet. */
    protected abstract AccountId anOwner();

    /** A fresh card of the game with this slug. */
    protected abstract CardId aCard(String game);

    private static CollectionEntry entry(AccountId owner, CardId card, CardCondition condition, Instant addedAt) {
        return CollectionEntry.add(owner, card, Optional.empty(), 1, condition, Optional.empty(), Optional.empty(), addedAt);
    }

    @Test
    void givenNewEntry_add_givesItAnIdAndStoresEveryField() {
        AccountId owner = anOwner();
        CardId card = aCard("pokemon");
        CollectionEntry added = store().add(CollectionEntry.add(owner, card, Optional.empty(), 3, CardCondition.LP,
                Optional.of(Money.of("12.34", "EUR")), Optional.of(Grading.of(GradingCompany.PSA, "9.5")), DAY));

        CollectionEntry found = store().findById(added.id().orElseThrow()).orElseThrow();
        assertThat(found.owner()).isEqualTo(owner);
        assertThat(found.card()).isEqualTo(card);
        assertThat(found.quantity()).isEqualTo(3);
        assertThat(found.condition()).isEqualTo(CardCondition.LP);
        assertThat(found.pricePaid()).contains(Money.of("12.34", "EUR"));
        assertThat(found.grading()).contains(Grading.of(GradingCompany.PSA, "9.5"));
        assertThat(found.addedAt()).isEqualTo(DAY);
    }

    @Test
    void givenStoredEntry_update_writesTheAmendedFields() {
        CollectionEntry added = store().add(entry(anOwner(), aCard("pokemon"), CardCondition.NM, DAY));
        CollectionEntry amended = added.amend(new CollectionAmendment(Optional.of(4), Optional.of(CardCondition.HP),
                Optional.empty(), Optional.of(Optional.of(Money.of("5", "USD"))), Optional.empty()));
        store().update(amended);

        CollectionEntry found = store().findById(added.id().orElseThrow()).orElseThrow();
        assertThat(found.quantity()).isEqualTo(4);
        assertThat(found.condition()).isEqualTo(CardCondition.HP);
        assertThat(found.pricePaid()).contains(Money.of("5", "USD"));
    }

    @Test
    void givenSameHoldingStored_findHolding_findsItButNotAnotherConditionOrOwner() {
        AccountId owner = anOwner();
        CardId card = aCard("pokemon");
        CollectionEntry held = store().add(entry(owner, card, CardCondition.NM, DAY));

        assertThat(store().findHolding(entry(owner, card, CardCondition.NM, DAY.plusSeconds(5))).flatMap(CollectionEntry::id))
                .isEqualTo(held.id());
        assertThat(store().findHolding(entry(owner, card, CardCondition.MP, DAY))).isEmpty();
        assertThat(store().findHolding(entry(anOwner(), card, CardCondition.NM, DAY))).isEmpty();
    }

    @Test
    void givenEntriesOfTwoGames_findByOwner_pagesNewestFirstAndFiltersByGame() {
        AccountId owner = anOwner();
        CardId pikachu = aCard("pokemon");
        CardId bolt = aCard("mtg");
        CardId mewtwo = aCard("pokemon");
        store().add(entry(owner, pikachu, CardCondition.NM, DAY));
        store().add(entry(owner, bolt, CardCondition.NM, DAY.plus(1, ChronoUnit.HOURS)));
        store().add(entry(owner, mewtwo, CardCondition.NM, DAY.plus(2, ChronoUnit.HOURS)));
        store().add(entry(anOwner(), pikachu, CardCondition.NM, DAY));

        Slice<CollectionEntry> first = store().findByOwner(owner, Optional.empty(), 2, 0);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).extracting(CollectionEntry::card).containsExactly(mewtwo, bolt);
        assertThat(store().findByOwner(owner, Optional.empty(), 2, 2).items()).extracting(CollectionEntry::card).containsExactly(pikachu);
        assertThat(store().findByOwner(owner, Optional.empty(), 2, 3).items()).isEmpty();

        Slice<CollectionEntry> pokemon = store().findByOwner(owner, Optional.of("pokemon"), 10, 0);
        assertThat(pokemon.total()).isEqualTo(2);
        assertThat(pokemon.items()).extracting(CollectionEntry::card).containsExactly(mewtwo, pikachu);
        assertThat(store().findByOwner(owner, Optional.of("lorcana"), 10, 0).total()).isZero();
        assertThat(store().findAllByOwner(owner)).hasSize(3);
    }

    @Test
    void givenDeletedEntry_findById_isEmpty() {
        CollectionEntry added = store().add(entry(anOwner(), aCard("pokemon"), CardCondition.NM, DAY));
        store().delete(added.id().orElseThrow());
        assertThat(store().findById(added.id().orElseThrow())).isEmpty();
    }
}
