/** Values the deck out-ports exchange: a card's rules facts and the cards a deck list's line could mean. */
package io.cardvault.application.port.out.deck;
