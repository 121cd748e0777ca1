/**
 * Prices: a {@link io.cardvault.domain.price.PricePoint} is one amount an upstream source
 * published for one {@link io.cardvault.domain.price.PriceSeries} (variant × source × region ×
 * price type × grading) on one day. Amounts are exact {@link io.cardvault.domain.shared.Money};
 * graded prices keep the company the source named ({@code other} for PriceCharting's
 * company-agnostic buckets, never relabelled as PSA).
 */
package io.cardvault.domain.price;
