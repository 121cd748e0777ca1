package io.cardvault.domain.collection;

import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.shared.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * What a collector changes on an entry ({@code PATCH /collection/{id}}): each field is empty when
 * left unchanged. The nested optionals of the price paid, the variant and the grading can also
 * clear a value: {@code Optional.of(Optional.empty())} removes it (a card un-slabbed, a price
 * forgotten).
 */
public record CollectionAmendment(Optional<Integer> quantity,
                                  Optional<CardCondition> condition,
                                  Optional<Optional<VariantId>> variant,
                                  Optional<Optional<Money>> pricePaid,
                                  Optional<Optional<Grading>> grading) {

    public CollectionAmendment {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(pricePaid, "pricePaid");
        Objects.requireNonNull(grading, "grading");
    }

    /** Changes nothing; a request body with none of the fields is refused before it gets here. */
    public boolean isEmpty() {
        return quantity.isEmpty() && condition.isEmpty() && variant.isEmpty() && pricePaid.isEmpty() && grading.isEmpty();
    }
}
