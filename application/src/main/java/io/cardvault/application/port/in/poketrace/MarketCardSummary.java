package io.cardvault.application.port.in.poketrace;

import io.cardvault.domain.price.Region;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * A card of one market as a listing shows it: its market id, name, printed number, set (slug and
 * name), the finish of the variant it stands for, rarity, market and currency.
 */
public record MarketCardSummary(String id, String name, String cardNumber, String setSlug, String setName,
                                Optional<String> variant, Optional<String> rarity, Region market, Currency currency) {

    public MarketCardSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cardNumber, "cardNumber");
        Objects.requireNonNull(setSlug, "setSlug");
        Objects.requireNonNull(setName, "setName");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(rarity, "rarity");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(currency, "currency");
    }
}
