package io.cardvault.application.service.deck;

import io.cardvault.application.port.in.deck.CreateDeckCommand;
import io.cardvault.application.port.in.deck.CreateDeckUseCase;
import io.cardvault.application.port.in.deck.DeckView;
import io.cardvault.application.port.out.DeckStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.deck.Deck;
import jakarta.inject.Inject;
import java.time.Clock;

/** Starts an empty deck of a known game. */
@UseCase
public class CreateDeckService implements CreateDeckUseCase {

    private final DeckStorePort decks;
    private final DeckReads reads;
    private final Clock clock;

    @Inject
    public CreateDeckService(DeckStorePort decks, LoadCatalogueViewsPort catalogue) {
        this(decks, catalogue, Clock.systemUTC());
    }

    public CreateDeckService(DeckStorePort decks, LoadCatalogueViewsPort catalogue, Clock clock) {
        this.decks = decks;
        this.reads = new DeckReads(decks, catalogue);
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected CreateDeckService() {
        this.decks = null;
        this.reads = null;
        this.clock = null;
    }

    @Override
    public DeckView create(CreateDeckCommand command) {
        Deck deck = Deck.start(command.owner(), command.name(), reads.knownGame(command.game()), command.format(),
                command.isPublic(), clock.instant());
        return reads.view(decks.add(deck));
    }
}
