package io.cardvault.adapter.in.rest.collection;

import io.cardvault.application.port.in.collection.CollectionItem;
import io.cardvault.domain.collection.CollectionEntry;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One entry as the spec's {@code GET /collection} example shows it. {@code price_paid} is in
 * {@code price_paid_currency} (the currency it was paid in); {@code current_value} is all the copies
 * together in the list's {@code currency}, null when no price of the card converts into it.
 * {@code grade} is a number (9.5); {@code grading_company} names the slab's company; {@code image_url} is
 * the card's large picture at its upstream address, null when no source addresses one.
 */
public record CollectionItemResponse(long id, long cardId, String cardName, String tcgSlug, String setName, int quantity,
                                     String condition, String variant, BigDecimal pricePaid, String pricePaidCurrency,
                                     boolean graded, String gradingCompany, BigDecimal grade, BigDecimal currentValue,
                                     String imageUrl, String addedAt) {

    static CollectionItemResponse from(CollectionItem item) {
        CollectionEntry entry = item.entry();
        return new CollectionItemResponse(entry.id().orElseThrow().value(), entry.card().value(), item.cardName(),
                item.gameSlug(), item.setName(), entry.quantity(), entry.condition().name(), item.variant().orElse(null),
                entry.pricePaid().map(Money::amount).orElse(null),
                entry.pricePaid().map(paid -> paid.currency().getCurrencyCode()).orElse(null),
                entry.isGraded(), entry.grading().map(grading -> grading.company().name()).orElse(null),
                entry.grading().flatMap(CollectionItemResponse::numericGrade).orElse(null),
                item.currentValue().map(Money::amount).orElse(null), item.images().map(images -> images.full().url()).orElse(null),
                entry.addedAt().toString());
    }

    /** A source's own bucket label ({@code pc17}) is no number: such a grade shows as null with its company. */
    static Optional<BigDecimal> numericGrade(Grading grading) {
        return grading.isUnknownBucket() ? Optional.empty() : Optional.of(new BigDecimal(grading.grade()));
    }
}
