package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.deck.CardPlayRules;
import io.cardvault.application.port.out.deck.DeckCardCandidate;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.FormatLegalities;
import io.cardvault.domain.catalogue.Legality;
import io.cardvault.domain.catalogue.PlayTraits;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Contract of {@link LoadDeckCardsPort}; each test makes cards with names and set codes of its own. */
public abstract class LoadDeckCardsPortContract {

    protected abstract LoadDeckCardsPort port();

    /** A new card of the game in a set with that code (made on first use), with those rules facts. */
    protected abstract CardId aCard(String game, String setCode, String localId, String name, CardPlayRules rules);

    private static String unique(String stem) {
        return stem + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void givenCardsWithRules_playRules_readsLegalitiesAndTraitsAndNothingForOthers() {
        CardPlayRules bolt = new CardPlayRules(new FormatLegalities(Map.of("modern", Legality.LEGAL, "vintage", Legality.RESTRICTED)),
                new PlayTraits(null, Set.of("R"), Set.of("Basic", "Snow")));
        CardId ruled = aCard("mtg", "DKA", "1", unique("Bolt"), bolt);
        CardId plain = aCard("mtg", "DKA", "2", unique("Plain"), CardPlayRules.none());
        CardId marked = aCard("pokemon", "DKP", "3", unique("Pikachu"), new CardPlayRules(FormatLegalities.none(),
                new PlayTraits("H", Set.of(), Set.of())));

        Map<CardId, CardPlayRules> rules = port().playRules(List.of(ruled, plain, marked));

        assertThat(rules.get(ruled)).isEqualTo(bolt);
        assertThat(rules.getOrDefault(plain, CardPlayRules.none())).isEqualTo(CardPlayRules.none());
        assertThat(rules.get(marked).traits().mark()).contains("H");
    }

    @Test
    void givenOneNameInTwoSetsAndAnotherGame_named_findsBothPrintingsOfTheGameOnly() {
        String name = unique("Llanowar Elves");
        CardId first = aCard("mtg", "DKA", "10", name, CardPlayRules.none());
        CardId second = aCard("mtg", "DKB", "11", name, CardPlayRules.none());
        aCard("pokemon", "DKP", "12", name, CardPlayRules.none());

        List<DeckCardCandidate> found = port().named("mtg", List.of(name.toUpperCase(java.util.Locale.ROOT)));

        assertThat(found).extracting(DeckCardCandidate::id).containsExactlyInAnyOrder(first, second);
        assertThat(found).extracting(DeckCardCandidate::setCode).containsExactlyInAnyOrder("DKA", "DKB");
    }

    @Test
    void givenSets_inSets_listsEveryCardOfThoseSetsOfTheGameWithItsNumber() {
        String code = "D" + UUID.randomUUID().toString().substring(0, 4).toUpperCase(java.util.Locale.ROOT);
        CardId card = aCard("pokemon", code, "057", unique("Pikachu ex"), CardPlayRules.none());

        List<DeckCardCandidate> found = port().inSets("pokemon", List.of(code.toLowerCase(java.util.Locale.ROOT)));

        assertThat(found).singleElement().satisfies(candidate -> {
            assertThat(candidate.id()).isEqualTo(card);
            assertThat(candidate.localId()).isEqualTo("057");
            assertThat(candidate.setCode()).isEqualTo(code);
        });
        assertThat(port().inSets("mtg", List.of(code))).isEmpty();
    }
}
