package io.cardvault.application.port.in.analytics;

/** Which price of a card: foil status (nonfoil | foil | etched), condition (NM … DMG), language, printing. */
public record PriceIntelligenceQuery(long cardId, String foilStatus, String condition, String language, String printing) {
}
