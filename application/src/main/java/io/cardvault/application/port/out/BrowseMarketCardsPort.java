package io.cardvault.application.port.out;

import io.cardvault.application.port.out.catalogue.MarketCardFilter;
import io.cardvault.application.port.out.catalogue.MarketCardRow;
import io.cardvault.domain.catalogue.CardId;
import java.util.List;
import java.util.Optional;

/**
 * Outgoing port: the Pokémon catalogue as per-market card listings, walked by key. A page is the
 * cards after a card id in id order, never an offset: cards imported while a client walks the
 * listing get higher ids, so every card present when the walk started is seen exactly once.
 */
public interface BrowseMarketCardsPort {

    /** The cards matching {@code filter} whose id is above {@code afterCardId} (0: from the start), by id, at most {@code limit}. */
    List<MarketCardRow> cardsAfter(MarketCardFilter filter, long afterCardId, int limit);

    /** One Pokémon card by its catalogue id. */
    Optional<MarketCardRow> card(CardId card);

    /** The Pokémon card sold on Cardmarket as {@code productId} (the lowest card id when several share it). */
    Optional<MarketCardRow> cardSoldAs(long cardmarketProductId);
}
