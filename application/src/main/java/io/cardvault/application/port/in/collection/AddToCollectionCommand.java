package io.cardvault.application.port.in.collection;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.collection.CollectionEntry;
import io.cardvault.domain.collection.InvalidCollectionDataException;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.shared.Money;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * Copies of a card the owner adds ({@code POST /collection/add}). The variant is the API's slug
 * ({@code holo}, {@code reverse_holo}, {@code 1st_edition_holo}); the use case resolves it among the
 * card's variants and refuses one the card does not have. {@code valuedIn} is the currency the
 * answer's current value is in.
 */
public record AddToCollectionCommand(AccountId owner,
                                     CardId card,
                                     Optional<String> variant,
                                     int quantity,
                                     CardCondition condition,
                                     Optional<Money> pricePaid,
                                     Optional<Grading> grading,
                                     Currency valuedIn) {

    public AddToCollectionCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(variant, "variant");
        variant = variant.map(String::strip).filter(slug -> !slug.isEmpty());
        if (quantity < 1 || quantity > CollectionEntry.MAX_QUANTITY) {
            throw new InvalidCollectionDataException("quantity",
                    "quantity must be between 1 and " + CollectionEntry.MAX_QUANTITY + ": " + quantity);
        }
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(pricePaid, "pricePaid");
        if (pricePaid.filter(Money::isNegative).isPresent()) {
            throw new InvalidCollectionDataException("price_paid", "price paid cannot be negative: " + pricePaid.get());
        }
        Objects.requireNonNull(grading, "grading");
        Objects.requireNonNull(valuedIn, "valuedIn");
    }
}
