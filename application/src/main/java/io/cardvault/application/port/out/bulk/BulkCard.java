package io.cardvault.application.port.out.bulk;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A card as the all-cards file writes it: its game and set, numbers, names, the ids other
 * catalogues give it and its variants. Fields the catalogue does not hold are null.
 */
public record BulkCard(long id, String game, long setId, String setCode, String setName, LocalDate releaseDate,
                       String localId, String collectorNumber, String name, String language, String rarity,
                       String category, BulkCrossRefs crossRefs, List<BulkVariant> variants) implements BulkRecord {

    public BulkCard {
        Objects.requireNonNull(game, "game");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(crossRefs, "crossRefs");
        variants = List.copyOf(variants);
    }

    /** One variant of the card: its printing (language, print run) and finish. */
    public record BulkVariant(long id, String language, String printRun, String finish, String label) {
    }

    /** The card's ids in other catalogues and price sources; null where it has none. */
    public record BulkCrossRefs(Long cardmarketProductId, Long tcgplayerProductId, Long pricechartingId,
                                String mtgjsonUuid, String scryfallId, Long ygoprodeckId) {
    }
}
