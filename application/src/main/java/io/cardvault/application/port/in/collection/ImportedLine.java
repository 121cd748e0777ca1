package io.cardvault.application.port.in.collection;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.collection.CollectionEntryId;
import java.util.Objects;
import java.util.Optional;

/**
 * A line of an import file that found its card: the collection entry it went into, the card and
 * variant it matched (with the names the catalogue gives them, so the collector can check the
 * match), and the copies and condition the line brought.
 */
public record ImportedLine(int line,
                           CollectionEntryId entry,
                           CardId card,
                           Optional<VariantId> variant,
                           String cardName,
                           String setName,
                           int quantity,
                           CardCondition condition) {

    public ImportedLine {
        ImportText.require(line >= 2, "line", "a card row comes after the header (line 1): " + line);
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(cardName, "cardName");
        Objects.requireNonNull(setName, "setName");
        ImportText.require(quantity >= 1, "quantity", "an imported line brings at least one copy: " + quantity);
        Objects.requireNonNull(condition, "condition");
    }
}
