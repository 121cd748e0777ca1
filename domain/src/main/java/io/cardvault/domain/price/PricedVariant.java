package io.cardvault.domain.price;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.VariantId;
import java.time.LocalDate;

/**
 * A catalogue variant as the price side sees it: the marketplace product ids it joins on
 * (the variant's own, else its card's; any may be {@code null}) and the facts a price model
 * needs (rarity, set age, print run). {@code primary} marks the card's first variant with that
 * product: per-card sources (PriceCharting) price it.
 */
public record PricedVariant(VariantId variantId, CardId cardId, CardSetId setId, String gameSlug, String setExternalId,
                            String setName, LocalDate setReleaseDate, String cardName, String collectorNumber,
                            String rarity, String finish, boolean primary, Long cardmarketProductId,
                            Long tcgplayerProductId, Long tcgplayerGroupId, PrintRun printRun) {

    public PricedVariant {
        InvalidPriceDataException.require(variantId != null && cardId != null && setId != null, "a priced variant needs its ids");
        InvalidPriceDataException.require(printRun != null, "a priced variant needs its print run");
        InvalidPriceDataException.require(finish != null && !finish.isBlank(), "a priced variant needs a finish");
        InvalidPriceDataException.require(gameSlug != null && !gameSlug.isBlank(), "a priced variant needs a game");
    }

    /** An unlimited print run's variant (the common case: most cards have no other). */
    public PricedVariant(VariantId variantId, CardId cardId, CardSetId setId, String gameSlug, String setExternalId,
                         String setName, LocalDate setReleaseDate, String cardName, String collectorNumber, String rarity,
                         String finish, boolean primary, Long cardmarketProductId, Long tcgplayerProductId,
                         Long tcgplayerGroupId) {
        this(variantId, cardId, setId, gameSlug, setExternalId, setName, setReleaseDate, cardName, collectorNumber, rarity,
                finish, primary, cardmarketProductId, tcgplayerProductId, tcgplayerGroupId, PrintRun.UNLIMITED);
    }

    /** The finish is a reverse holo: Cardmarket's Pokémon guide prices it under its {@code *-holo} keys. */
    public boolean isReverse() {
        return finish.startsWith("reverse");
    }

    public boolean isFoil() {
        return !"normal".equals(finish);
    }
}
