package io.cardvault.application.service.deck;

import io.cardvault.application.port.in.deck.CheckDeckLegalityUseCase;
import io.cardvault.application.port.in.deck.DeckLegalityReport;
import io.cardvault.application.port.in.deck.DeckView;
import io.cardvault.application.port.out.DeckStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadDeckCardsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.deck.DeckId;
import io.cardvault.domain.deck.DeckLegality;
import io.cardvault.domain.deck.PokemonFormats;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** Judges a deck the reader may see by its game's rules, today (UTC): Pokémon's rotation depends on the day. */
@UseCase
public class CheckDeckLegalityService implements CheckDeckLegalityUseCase {

    private final DeckReads reads;
    private final LoadDeckCardsPort cards;
    private final DeckLegality rules;
    private final Clock clock;

    @Inject
    public CheckDeckLegalityService(DeckStorePort decks, LoadCatalogueViewsPort catalogue, LoadDeckCardsPort cards) {
        this(decks, catalogue, cards, Clock.systemUTC());
    }

    public CheckDeckLegalityService(DeckStorePort decks, LoadCatalogueViewsPort catalogue, LoadDeckCardsPort cards, Clock clock) {
        this.reads = new DeckReads(decks, catalogue);
        this.cards = cards;
        this.rules = new DeckLegality(PokemonFormats.official());
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected CheckDeckLegalityService() {
        this.reads = null;
        this.cards = null;
        this.rules = null;
        this.clock = null;
    }

    @Override
    public DeckLegalityReport legality(DeckId id, Optional<AccountId> reader) {
        DeckView deck = reads.view(reads.readable(id, reader));
        LocalDate today = LocalDate.now(clock);
        return new DeckLegalityReport(deck, today, rules.judge(deck.deck(), DeckReads.playable(deck, cards), today));
    }
}
