package io.cardvault.application.port.in.analytics;

import io.cardvault.domain.catalogue.CardId;

/** Which price of a card: foil status (nonfoil | foil | etched), condition (NM … DMG), language, printing. */
public record PriceIntelligenceQuery(CardId cardId, String foilStatus, String condition, String language, String printing) {
}
