package io.cardvault.application.service.deck;

import io.cardvault.application.port.in.deck.DeckCardView;
import io.cardvault.application.port.in.deck.DeckNotFoundException;
import io.cardvault.application.port.in.deck.DeckView;
import io.cardvault.application.port.out.DeckStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadDeckCardsPort;
import io.cardvault.application.port.out.deck.CardPlayRules;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.deck.Deck;
import io.cardvault.domain.deck.DeckId;
import io.cardvault.domain.deck.DeckLine;
import io.cardvault.domain.deck.InvalidDeckDataException;
import io.cardvault.domain.deck.PlayableCard;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What every deck service shares: finding a deck the caller may read or change, and showing it with its cards. */
final class DeckReads {

    private final DeckStorePort decks;
    private final LoadCatalogueViewsPort catalogue;

    DeckReads(DeckStorePort decks, LoadCatalogueViewsPort catalogue) {
        this.decks = decks;
        this.catalogue = catalogue;
    }

    /** The deck, when the reader may see it (owner, or anyone for a public deck); else not found. */
    Deck readable(DeckId id, Optional<AccountId> reader) {
        return decks.findById(id).filter(deck -> deck.isReadableBy(reader)).orElseThrow(DeckNotFoundException::new);
    }

    /** The owner's deck; someone else's is not found, even a public one (it is theirs to change). */
    Deck owned(DeckId id, AccountId owner) {
        return decks.findById(id).filter(deck -> deck.isOwnedBy(owner)).orElseThrow(DeckNotFoundException::new);
    }

    /** A game the catalogue knows, by slug; another is a bad {@code tcg_slug}. */
    String knownGame(String slug) {
        String wanted = slug == null ? "" : slug.strip().toLowerCase(java.util.Locale.ROOT);
        return catalogue.game(wanted).map(game -> wanted).orElseThrow(() -> new InvalidDeckDataException("tcg_slug",
                "no game has the slug '" + slug + "'; see GET /api/v2/games"));
    }

    /** The card, which must exist and be of the deck's game. */
    CardDetails cardFor(Deck deck, CardId card) {
        CardDetails details = catalogue.card(card).orElseThrow(() -> new InvalidDeckDataException("card_id",
                "no card has the id " + card.value()));
        if (!details.card().gameSlug().equals(deck.game())) {
            throw new InvalidDeckDataException("card_id", details.card().name() + " is a " + details.card().gameSlug()
                    + " card; this deck is " + deck.game());
        }
        return details;
    }

    DeckView view(Deck deck) {
        Map<CardId, CardDetails> cards = cards(deck);
        Comparator<DeckCardView> order = Comparator.comparing((DeckCardView line) -> line.section().ordinal())
                .thenComparing(line -> line.card().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(line -> line.card().id());
        List<DeckCardView> lines = deck.lines().stream()
                .filter(line -> cards.containsKey(line.card()))
                .map(line -> new DeckCardView(cards.get(line.card()).card(), line.section(), line.quantity()))
                .sorted(order).toList();
        return new DeckView(deck, lines);
    }

    List<DeckView> views(List<Deck> decks) {
        return decks.stream().map(this::view).toList();
    }

    Map<CardId, CardDetails> cards(Deck deck) {
        Map<CardId, CardDetails> byId = new HashMap<>();
        var ids = new LinkedHashSet<CardId>(deck.lines().stream().map(DeckLine::card).toList());
        if (!ids.isEmpty()) {
            catalogue.cards(ids).forEach(card -> byId.put(new CardId(card.id()), card));
        }
        return byId;
    }

    /** The deck's cards as the legality rules read them. */
    static Map<CardId, PlayableCard> playable(DeckView deck, LoadDeckCardsPort rules) {
        Map<CardId, CardPlayRules> facts = rules.playRules(deck.cards().stream().map(line -> new CardId(line.card().id())).toList());
        Map<CardId, PlayableCard> cards = new HashMap<>();
        for (DeckCardView line : deck.cards()) {
            CardOverview card = line.card();
            CardId id = new CardId(card.id());
            CardPlayRules rule = facts.getOrDefault(id, CardPlayRules.none());
            cards.put(id, new PlayableCard(id, card.name(), card.gameSlug(), card.category(), card.rarity(), card.setCode(),
                    card.setReleaseDate(), rule.legalities(), rule.traits()));
        }
        return cards;
    }
}
