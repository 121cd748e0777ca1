package io.cardvault.domain.catalogue;

import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One card found by a search, with what a result list shows of it. {@code number} is the card's
 * local id in its set ("4" for Base Set Charizard, whose printed collector number is "4/102").
 * The best price and its seven-day change are absent until prices are tracked for the card.
 */
public record CardSearchHit(CardId id, String name, String number, String rarity, String cardType,
                            String setName, String setCode, String gameSlug, Money bestPrice, BigDecimal priceChange7d) {

    public CardSearchHit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(setName, "setName");
        Objects.requireNonNull(setCode, "setCode");
        Objects.requireNonNull(gameSlug, "gameSlug");
    }

    public Optional<Money> best() {
        return Optional.ofNullable(bestPrice);
    }

    public Optional<BigDecimal> change7d() {
        return Optional.ofNullable(priceChange7d);
    }
}
