package io.cardvault.domain.analytics;

import java.io.Serializable;

/** The catalogue facts a market list shows beside a price. */
public record MarketCard(long id, String name, String setName, String tcgSlug, String rarity) implements Serializable {

    public MarketCard {
        InvalidAnalyticsInputException.require(id > 0 && name != null && tcgSlug != null, "a market card needs id, name and game");
    }
}
