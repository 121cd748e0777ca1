/**
 * The catalogue: games, sets, cards, their printings (language × print run) and the variants
 * (finish, foil pattern, stamps) a collector can own and a price can attach to. Values validate
 * themselves; {@link io.cardvault.domain.catalogue.Card} is the aggregate that owns its printings.
 */
package io.cardvault.domain.catalogue;
