package io.cardvault.adapter.out.persistence.deck;

import io.cardvault.adapter.out.persistence.UtcWallClock;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.deck.Deck;
import io.cardvault.domain.deck.DeckId;
import io.cardvault.domain.deck.DeckLine;
import io.cardvault.domain.deck.DeckSection;
import java.util.List;
import java.util.Optional;

/** Maps between {@link Deck} and its rows; the game travels as an id in the rows and a slug in the domain. */
final class DeckJpaMapper {

    private DeckJpaMapper() {
    }

    static Deck toDomain(DeckJpaEntity row, String gameSlug) {
        List<DeckLine> lines = row.cards().stream()
                .map(line -> new DeckLine(new CardId(line.cardId()), DeckSection.fromCode(line.section()).orElseThrow(
                        () -> new IllegalStateException("deck " + row.id() + " has a card in an unknown section " + line.section())),
                        line.quantity()))
                .toList();
        return Deck.reconstitute(new DeckId(row.id()), new AccountId(row.accountId()), row.name(), gameSlug,
                Optional.ofNullable(row.format()), row.isPublic(), lines, UtcWallClock.instant(row.createdAt()),
                UtcWallClock.instant(row.updatedAt()));
    }

    static void write(Deck deck, DeckJpaEntity row) {
        row.write(deck.name(), deck.format().orElse(null), deck.isPublic(), UtcWallClock.utc(deck.updatedAt()),
                deck.lines().stream().map(line -> new DeckCardLine(line.card().value(), line.section().code(), line.quantity())).toList());
    }
}
