package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.deck.Deck;
import io.cardvault.domain.deck.DeckId;
import io.cardvault.domain.deck.DeckLine;
import io.cardvault.domain.deck.DeckSection;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Contract of {@link DeckStorePort}; each test uses owners and cards of its own (cards of the game "pokemon"). */
public abstract class DeckStorePortContract {

    private static final Instant DAY = Instant.parse("2026-12-01T10:00:00Z");

    protected abstract DeckStorePort store();

    protected abstract AccountId anOwner();

    /** A new card of the game "pokemon". */
    protected abstract CardId aCard();

    @Test
    void givenNewDeckWithCards_add_givesAnIdAndFindByIdReadsItBackWhole() {
        AccountId owner = anOwner();
        CardId card = aCard();
        CardId other = aCard();
        Deck deck = Deck.start(owner, "Lost Box", "pokemon", Optional.of("standard"), true, DAY)
                .addCopies(card, DeckSection.MAIN, 4, DAY)
                .addCopies(other, DeckSection.SIDEBOARD, 2, DAY);

        Deck stored = store().add(deck);

        assertThat(stored.id()).isPresent();
        Deck read = store().findById(stored.id().orElseThrow()).orElseThrow();
        assertThat(read.owner()).isEqualTo(owner);
        assertThat(read.name()).isEqualTo("Lost Box");
        assertThat(read.game()).isEqualTo("pokemon");
        assertThat(read.format()).contains("standard");
        assertThat(read.isPublic()).isTrue();
        assertThat(read.createdAt()).isEqualTo(DAY);
        assertThat(read.lines()).containsExactlyInAnyOrder(new DeckLine(card, DeckSection.MAIN, 4),
                new DeckLine(other, DeckSection.SIDEBOARD, 2));
    }

    @Test
    void givenStoredDeck_update_replacesItsCardsAndKeepsWhatDidNotChange() {
        CardId card = aCard();
        CardId dropped = aCard();
        Deck stored = store().add(Deck.start(anOwner(), "Charizard", "pokemon", Optional.empty(), false, DAY)
                .addCopies(card, DeckSection.MAIN, 2, DAY).addCopies(dropped, DeckSection.MAIN, 1, DAY));

        Deck changed = stored.addCopies(card, DeckSection.MAIN, 2, DAY.plusSeconds(60))
                .setCopies(dropped, DeckSection.MAIN, 0, DAY.plusSeconds(60));
        store().update(changed);

        Deck read = store().findById(stored.id().orElseThrow()).orElseThrow();
        assertThat(read.lines()).containsExactly(new DeckLine(card, DeckSection.MAIN, 4));
        assertThat(read.updatedAt()).isEqualTo(DAY.plusSeconds(60));
        assertThat(read.createdAt()).isEqualTo(DAY);
        assertThat(read.format()).isEmpty();
        assertThat(read.isPublic()).isFalse();
    }

    @Test
    void givenDecksOfTwoOwners_findByOwner_listsOnlyTheOwnersMostRecentlyChangedFirst() {
        AccountId owner = anOwner();
        Deck older = store().add(Deck.start(owner, "Older", "pokemon", Optional.empty(), false, DAY));
        Deck newer = store().add(Deck.start(owner, "Newer", "pokemon", Optional.empty(), false, DAY.plusSeconds(5)));
        store().add(Deck.start(anOwner(), "Someone else's", "pokemon", Optional.empty(), true, DAY));

        assertThat(store().findByOwner(owner)).extracting(Deck::name).containsExactly("Newer", "Older");
        store().update(older.addCopies(aCard(), DeckSection.MAIN, 1, DAY.plusSeconds(10)));
        assertThat(store().findByOwner(owner)).extracting(deck -> deck.id().orElseThrow())
                .containsExactly(older.id().orElseThrow(), newer.id().orElseThrow());
    }

    @Test
    void givenNoSuchDeck_findById_isEmpty() {
        assertThat(store().findById(new DeckId(Long.MAX_VALUE / 2))).isEmpty();
    }
}
