package io.cardvault.domain.catalogue;

import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One card found by a search, with what a result list shows of it. {@code number} is the card's
 * local id in its set ("4" for Base Set Charizard, whose printed collector number is "4/102").
 * The best price and its seven-day change are absent until prices are tracked for the card;
 * {@code images} are absent when no source addresses the card's picture.
 */
public record CardSearchHit(CardId id, String name, String number, String rarity, String cardType,
                            String setName, String setCode, String gameSlug, Money bestPrice, BigDecimal priceChange7d,
                            CardImages images) {

    /** A hit without a picture. */
    public CardSearchHit(CardId id, String name, String number, String rarity, String cardType, String setName,
                         String setCode, String gameSlug, Money bestPrice, BigDecimal priceChange7d) {
        this(id, name, number, rarity, cardType, setName, setCode, gameSlug, bestPrice, priceChange7d, null);
    }

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

    public Optional<CardImages> image() {
        return Optional.ofNullable(images);
    }

    public Optional<BigDecimal> change7d() {
        return Optional.ofNullable(priceChange7d);
    }
}
