package io.cardvault.domain.catalogue;

import java.util.UUID;

/**
 * The ids other catalogues and marketplaces give the same card or variant, so prices and
 * collections from them can be joined. Any may be absent ({@code null}).
 */
public record CrossReferences(Long cardmarketProductId,
                              Long tcgplayerProductId,
                              Long pricechartingId,
                              UUID mtgjsonUuid,
                              UUID scryfallId,
                              Long ygoprodeckId) {

    private static final CrossReferences NONE = new CrossReferences(null, null, null, null, null, null);

    public CrossReferences {
        requirePositive(cardmarketProductId, "cardmarket product id");
        requirePositive(tcgplayerProductId, "tcgplayer product id");
        requirePositive(pricechartingId, "pricecharting id");
        requirePositive(ygoprodeckId, "ygoprodeck id");
    }

    public static CrossReferences none() {
        return NONE;
    }

    public static CrossReferences marketplaces(Long cardmarketProductId, Long tcgplayerProductId) {
        return new CrossReferences(cardmarketProductId, tcgplayerProductId, null, null, null, null);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** Fills the ids this one lacks from {@code other}; ids already known win. */
    public CrossReferences completedWith(CrossReferences other) {
        return new CrossReferences(
                first(cardmarketProductId, other.cardmarketProductId),
                first(tcgplayerProductId, other.tcgplayerProductId),
                first(pricechartingId, other.pricechartingId),
                first(mtgjsonUuid, other.mtgjsonUuid),
                first(scryfallId, other.scryfallId),
                first(ygoprodeckId, other.ygoprodeckId));
    }

    private static <T> T first(T mine, T theirs) {
        return mine != null ? mine : theirs;
    }

    private static void requirePositive(Long id, String what) {
        InvalidCatalogueDataException.require(id == null || id > 0, what + " must be positive: " + id);
    }
}
