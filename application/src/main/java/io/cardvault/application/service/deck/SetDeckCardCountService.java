package io.cardvault.application.service.deck;

import io.cardvault.application.port.in.deck.DeckView;
import io.cardvault.application.port.in.deck.SetDeckCardCountUseCase;
import io.cardvault.application.port.out.DeckStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.deck.Deck;
import io.cardvault.domain.deck.DeckId;
import io.cardvault.domain.deck.DeckSection;
import jakarta.inject.Inject;
import java.time.Clock;

/** Sets a line's copies in the owner's deck; a card put in this way must be of the deck's game, 0 removes the line. */
@UseCase
public class SetDeckCardCountService implements SetDeckCardCountUseCase {

    private final DeckStorePort decks;
    private final DeckReads reads;
    private final Clock clock;

    @Inject
    public SetDeckCardCountService(DeckStorePort decks, LoadCatalogueViewsPort catalogue) {
        this(decks, catalogue, Clock.systemUTC());
    }

    public SetDeckCardCountService(DeckStorePort decks, LoadCatalogueViewsPort catalogue, Clock clock) {
        this.decks = decks;
        this.reads = new DeckReads(decks, catalogue);
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected SetDeckCardCountService() {
        this.decks = null;
        this.reads = null;
        this.clock = null;
    }

    @Override
    public DeckView setCount(AccountId owner, DeckId id, CardId card, DeckSection section, int quantity) {
        Deck deck = reads.owned(id, owner);
        if (quantity > 0) {
            reads.cardFor(deck, card);
        }
        Deck changed = deck.setCopies(card, section, quantity, clock.instant());
        decks.update(changed);
        return reads.view(changed);
    }
}
