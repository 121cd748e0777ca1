package io.cardvault.adapter.in.rest.collection;

import java.math.BigDecimal;

/**
 * The shape of a {@code PATCH /collection/{id}} body, for the OpenAPI document only: the route reads
 * the body as JSON ({@link CollectionBodies}) because an explicit {@code null} there clears a value
 * (variant, price paid) while an absent field leaves it, which a bound record cannot tell apart.
 */
public record CollectionEntryChangesSchema(Integer quantity, String condition, String variant, BigDecimal pricePaid,
                                           String pricePaidCurrency, Boolean graded, String gradingCompany,
                                           BigDecimal grade) {
}
