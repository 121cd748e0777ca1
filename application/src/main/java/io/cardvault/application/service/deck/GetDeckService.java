package io.cardvault.application.service.deck;

import io.cardvault.application.port.in.deck.DeckView;
import io.cardvault.application.port.in.deck.GetDeckUseCase;
import io.cardvault.application.port.out.DeckStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.deck.DeckId;
import jakarta.inject.Inject;
import java.util.Optional;

/** One deck for its owner, or for anyone when it is public. */
@UseCase
public class GetDeckService implements GetDeckUseCase {

    private final DeckReads reads;

    @Inject
    public GetDeckService(DeckStorePort decks, LoadCatalogueViewsPort catalogue) {
        this.reads = new DeckReads(decks, catalogue);
    }

    /** For CDI's client proxy only. */
    protected GetDeckService() {
        this.reads = null;
    }

    @Override
    public DeckView deck(DeckId id, Optional<AccountId> reader) {
        return reads.view(reads.readable(id, reader));
    }
}
