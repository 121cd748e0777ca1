package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.collection.CollectionAmendment;
import io.cardvault.domain.collection.CollectionEntry;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.shared.Money;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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

    /** A fresh variant of that card. */
    protected abstract VariantId aVariant(CardId card);

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

    @Test
    void givenSlabsAndVariants_findHolding_matchesVariantAndGradeExactly() {
        AccountId owner = anOwner();
        CardId card = aCard("pokemon");
        VariantId holo = aVariant(card);
        Optional<Grading> psa10 = Optional.of(Grading.of(GradingCompany.PSA, "10"));
        CollectionEntry slab = store().add(CollectionEntry.add(owner, card, Optional.of(holo), 1, CardCondition.NM,
                Optional.empty(), psa10, DAY));
        CollectionEntry raw = store().add(entry(owner, card, CardCondition.NM, DAY));

        assertThat(store().findHolding(CollectionEntry.add(owner, card, Optional.of(holo), 2, CardCondition.NM,
                Optional.of(Money.of("1", "EUR")), psa10, DAY)).flatMap(CollectionEntry::id)).isEqualTo(slab.id());
        assertThat(store().findHolding(entry(owner, card, CardCondition.NM, DAY)).flatMap(CollectionEntry::id))
                .isEqualTo(raw.id());
        assertThat(store().findHolding(CollectionEntry.add(owner, card, Optional.of(holo), 1, CardCondition.NM,
                Optional.empty(), Optional.empty(), DAY))).as("the raw holo is another holding").isEmpty();
        assertThat(store().findHolding(CollectionEntry.add(owner, card, Optional.empty(), 1, CardCondition.NM,
                Optional.empty(), Optional.of(Grading.of(GradingCompany.PSA, "9")), DAY))).isEmpty();
    }

    @Test
    void givenEntriesAddedAtTheSameInstant_findByOwner_putsTheLaterAddedFirst() {
        AccountId owner = anOwner();
        CollectionEntry first = store().add(entry(owner, aCard("mtg"), CardCondition.NM, DAY));
        CollectionEntry second = store().add(entry(owner, aCard("mtg"), CardCondition.NM, DAY));

        assertThat(store().findByOwner(owner, Optional.empty(), 10, 0).items()).extracting(CollectionEntry::id)
                .containsExactly(second.id(), first.id());
        assertThat(store().findAllByOwner(owner)).extracting(CollectionEntry::id).containsExactly(first.id(), second.id());
    }

    @Test
    void givenAmendmentClearingPriceVariantAndSlab_update_storesThemAsAbsent() {
        CardId card = aCard("pokemon");
        CollectionEntry added = store().add(CollectionEntry.add(anOwner(), card, Optional.of(aVariant(card)), 1,
                CardCondition.NM, Optional.of(Money.of("1500", "JPY")), Optional.of(Grading.of(GradingCompany.BGS, "9.5")), DAY));
        assertThat(store().findById(added.id().orElseThrow()).orElseThrow().pricePaid()).contains(Money.of("1500", "JPY"));

        store().update(added.amend(new CollectionAmendment(Optional.empty(), Optional.empty(), Optional.of(Optional.empty()),
                Optional.of(Optional.empty()), Optional.of(Optional.empty()))));
        CollectionEntry found = store().findById(added.id().orElseThrow()).orElseThrow();
        assertThat(List.of(found.variant().isPresent(), found.pricePaid().isPresent(), found.grading().isPresent()))
                .containsOnly(false);
    }
}
