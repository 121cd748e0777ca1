package io.cardvault.application.service.deck;

import io.cardvault.application.port.in.deck.DeckView;
import io.cardvault.application.port.in.deck.ListDecksUseCase;
import io.cardvault.application.port.out.DeckStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import jakarta.inject.Inject;
import java.util.List;

/** The owner's decks with their cards. */
@UseCase
public class ListDecksService implements ListDecksUseCase {

    private final DeckStorePort decks;
    private final DeckReads reads;

    @Inject
    public ListDecksService(DeckStorePort decks, LoadCatalogueViewsPort catalogue) {
        this.decks = decks;
        this.reads = new DeckReads(decks, catalogue);
    }

    /** For CDI's client proxy only. */
    protected ListDecksService() {
        this.decks = null;
        this.reads = null;
    }

    @Override
    public List<DeckView> decks(AccountId owner) {
        return reads.views(decks.findByOwner(owner));
    }
}
