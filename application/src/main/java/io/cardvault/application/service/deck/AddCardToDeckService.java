package io.cardvault.application.service.deck;

import io.cardvault.application.port.in.deck.AddCardToDeckCommand;
import io.cardvault.application.port.in.deck.AddCardToDeckUseCase;
import io.cardvault.application.port.in.deck.DeckView;
import io.cardvault.application.port.out.DeckStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.deck.Deck;
import jakarta.inject.Inject;
import java.time.Clock;

/** Adds copies of a card of the deck's game to a section of the owner's deck. */
@UseCase
public class AddCardToDeckService implements AddCardToDeckUseCase {

    private final DeckStorePort decks;
    private final DeckReads reads;
    private final Clock clock;

    @Inject
    public AddCardToDeckService(DeckStorePort decks, LoadCatalogueViewsPort catalogue) {
        this(decks, catalogue, Clock.systemUTC());
    }

    public AddCardToDeckService(DeckStorePort decks, LoadCatalogueViewsPort catalogue, Clock clock) {
        this.decks = decks;
        this.reads = new DeckReads(decks, catalogue);
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected AddCardToDeckService() {
        this.decks = null;
        this.reads = null;
        this.clock = null;
    }

    @Override
    public DeckView add(AddCardToDeckCommand command) {
        Deck deck = reads.owned(command.deck(), command.owner());
        reads.cardFor(deck, command.card());
        Deck changed = deck.addCopies(command.card(), command.section(), command.quantity(), clock.instant());
        decks.update(changed);
        return reads.view(changed);
    }
}
