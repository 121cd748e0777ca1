package io.cardvault.application.port.out.catalogue;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.Finish;
import io.cardvault.domain.catalogue.VariantId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One card as a market listing shows it: its name and number, its set (id, name, code), rarity, the
 * Cardmarket product it is sold as (its EU id) and its first variant, whose finish the listing names
 * and whose prices its detail shows.
 */
public record MarketCardRow(CardId card, String name, String collectorNumber, CardSetId set, String setName,
                            String setCode, Optional<String> rarity, OptionalLong cardmarketProductId,
                            Optional<VariantId> firstVariant, Optional<Finish> firstFinish) {

    public MarketCardRow {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(collectorNumber, "collectorNumber");
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(setName, "setName");
        Objects.requireNonNull(setCode, "setCode");
        Objects.requireNonNull(rarity, "rarity");
        Objects.requireNonNull(cardmarketProductId, "cardmarketProductId");
        Objects.requireNonNull(firstVariant, "firstVariant");
        Objects.requireNonNull(firstFinish, "firstFinish");
    }
}
