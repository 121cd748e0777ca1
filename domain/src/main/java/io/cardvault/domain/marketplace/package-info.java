/**
 * The marketplace: listings sellers put up (a card's copies at a price in euros, for 60 days at a
 * time, renewable by 30), the bids buyers make on them, the transactions a sale opens and the
 * state machine they follow from payment to completion, the fees a sale carries, and the ratings
 * both parties leave once the card has arrived.
 */
package io.cardvault.domain.marketplace;
