package io.cardvault.application.port.in.collection;

import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.collection.CollectionEntry;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.shared.Money;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One line of an import file as the file stated it, before it is matched to a catalogue card:
 * which card, how many copies, in what condition or slab, what was paid (with the currency it was
 * paid in) and in which language. Values are already in CardVault's vocabulary; the line number
 * lets the import answer say which line a later rejection (no such card) comes from.
 *
 * <p>The variant hint is a slug ({@code holo}, {@code reverse_holo}, {@code 1st_edition_holo},
 * {@code foil}, {@code etched}, {@code normal}) the matcher uses to choose among a card's variants;
 * it is a hint, not a variant id, because files describe finishes more loosely than the catalogue.
 */
public record CollectionImportRow(int line,
                                  CardReference card,
                                  Optional<MarketplaceProduct> marketplaceProduct,
                                  int quantity,
                                  CardCondition condition,
                                  Optional<String> variantHint,
                                  Optional<Money> pricePaid,
                                  Optional<Grading> grading,
                                  Optional<Language> language) {

    private static final Pattern VARIANT_HINT = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)*");
    static final int MAX_VARIANT_HINT = 64;

    public CollectionImportRow {
        ImportText.require(line >= 2, "line", "a card row comes after the header (line 1): " + line);
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(marketplaceProduct, "marketplaceProduct");
        ImportText.require(quantity >= 1 && quantity <= CollectionEntry.MAX_QUANTITY, "quantity",
                "quantity must be between 1 and " + CollectionEntry.MAX_QUANTITY + ": " + quantity);
        Objects.requireNonNull(condition, "condition");
        variantHint = ImportText.optional(variantHint, MAX_VARIANT_HINT, "variant");
        variantHint.ifPresent(hint -> ImportText.require(VARIANT_HINT.matcher(hint).matches(), "variant",
                "a variant hint is a lower-case slug such as reverse_holo: " + hint));
        Objects.requireNonNull(pricePaid, "pricePaid");
        pricePaid.ifPresent(paid -> ImportText.require(!paid.isNegative(), "price_paid",
                "price paid cannot be negative: " + paid));
        Objects.requireNonNull(grading, "grading");
        Objects.requireNonNull(language, "language");
    }
}
