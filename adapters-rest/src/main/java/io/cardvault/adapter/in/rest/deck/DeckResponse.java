package io.cardvault.adapter.in.rest.deck;

import io.cardvault.application.port.in.deck.DeckView;
import io.cardvault.domain.deck.DeckSection;
import java.util.List;

/** A deck with its cards and the copies per section ({@code card_count} is main deck plus commander). */
public record DeckResponse(long id, String name, String tcgSlug, String format, boolean isPublic, long ownerId,
                           int cardCount, int mainCount, int sideboardCount, int commanderCount, String createdAt,
                           String updatedAt, List<DeckCardResponse> cards) {

    static DeckResponse from(DeckView view) {
        var deck = view.deck();
        return new DeckResponse(view.id().value(), deck.name(), deck.game(), deck.format().orElse(null), deck.isPublic(),
                deck.owner().value(), view.count(DeckSection.MAIN) + view.count(DeckSection.COMMANDER),
                view.count(DeckSection.MAIN), view.count(DeckSection.SIDEBOARD), view.count(DeckSection.COMMANDER),
                deck.createdAt().toString(), deck.updatedAt().toString(),
                view.cards().stream().map(DeckCardResponse::from).toList());
    }
}
