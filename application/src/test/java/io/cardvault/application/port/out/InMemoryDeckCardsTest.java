package io.cardvault.application.port.out;

import io.cardvault.application.port.out.deck.CardPlayRules;
import io.cardvault.application.port.out.deck.DeckCardCandidate;
import io.cardvault.domain.catalogue.CardId;

/** The fake obeys the same contract as the database adapter. */
class InMemoryDeckCardsTest extends LoadDeckCardsPortContract {

    private final InMemoryDeckCards fake = new InMemoryDeckCards();
    private final FreshIds ids = new FreshIds();

    @Override
    protected LoadDeckCardsPort port() {
        return fake;
    }

    @Override
    protected CardId aCard(String game, String setCode, String localId, String name, CardPlayRules rules) {
        CardId id = ids.card();
        fake.put(game, new DeckCardCandidate(id, name, setCode, localId, null), rules);
        return id;
    }
}
