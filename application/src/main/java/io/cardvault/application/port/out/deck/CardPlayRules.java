package io.cardvault.application.port.out.deck;

import io.cardvault.domain.catalogue.FormatLegalities;
import io.cardvault.domain.catalogue.PlayTraits;

/** What deck rules read about a card: its standing per format and its play traits. */
public record CardPlayRules(FormatLegalities legalities, PlayTraits traits) {

    public CardPlayRules {
        legalities = legalities == null ? FormatLegalities.none() : legalities;
        traits = traits == null ? PlayTraits.none() : traits;
    }

    public static CardPlayRules none() {
        return new CardPlayRules(FormatLegalities.none(), PlayTraits.none());
    }
}
