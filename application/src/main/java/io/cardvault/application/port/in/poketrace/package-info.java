/**
 * Use cases of the PokeTrace-compatible API ({@code /v1}): per-market card listings and details
 * with prices mapped onto PokeTrace's sources and tiers, sets by slug, a tier's price history, and
 * the calling key's plan. Pages are walked by key ({@link io.cardvault.application.port.in.poketrace.KeyedPage}),
 * never by offset; what a plan may not read is a {@link io.cardvault.application.port.in.poketrace.PlanUpgradeRequiredException}.
 */
package io.cardvault.application.port.in.poketrace;
