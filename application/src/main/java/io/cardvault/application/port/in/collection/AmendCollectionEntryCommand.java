package io.cardvault.application.port.in.collection;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.collection.CollectionEntry;
import io.cardvault.domain.collection.CollectionEntryId;
import io.cardvault.domain.collection.InvalidCollectionDataException;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.shared.Money;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * What the owner changes on an entry ({@code PATCH /collection/{id}}): each field is empty when left
 * as it is; the nested optionals clear a value ({@code Optional.of(Optional.empty())}: no variant, no
 * price paid, not graded). The variant is the API's slug, resolved among the card's variants.
 * {@code valuedIn} is the currency the answer's current value is in.
 */
public record AmendCollectionEntryCommand(AccountId owner,
                                          CollectionEntryId entry,
                                          Optional<Integer> quantity,
                                          Optional<CardCondition> condition,
                                          Optional<Optional<String>> variant,
                                          Optional<Optional<Money>> pricePaid,
                                          Optional<Optional<Grading>> grading,
                                          Currency valuedIn) {

    public AmendCollectionEntryCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(quantity, "quantity");
        quantity.filter(copies -> copies < 1 || copies > CollectionEntry.MAX_QUANTITY).ifPresent(copies -> {
            throw new InvalidCollectionDataException("quantity",
                    "quantity must be between 1 and " + CollectionEntry.MAX_QUANTITY + ": " + copies);
        });
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(variant, "variant");
        variant = variant.map(slug -> slug.map(String::strip).filter(text -> !text.isEmpty()));
        Objects.requireNonNull(pricePaid, "pricePaid");
        pricePaid.flatMap(paid -> paid).filter(Money::isNegative).ifPresent(paid -> {
            throw new InvalidCollectionDataException("price_paid", "price paid cannot be negative: " + paid);
        });
        Objects.requireNonNull(grading, "grading");
        Objects.requireNonNull(valuedIn, "valuedIn");
        if (quantity.isEmpty() && condition.isEmpty() && variant.isEmpty() && pricePaid.isEmpty() && grading.isEmpty()) {
            throw new InvalidCollectionDataException("body",
                    "give at least one of quantity, condition, variant, price_paid, graded, grading_company, grade");
        }
    }
}
