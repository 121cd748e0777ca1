/** Market-intelligence use cases: movers, spreads, hot cards, stats, predictions, price intelligence, FX, side rail, Stash Score. */
package io.cardvault.application.port.in.analytics;
