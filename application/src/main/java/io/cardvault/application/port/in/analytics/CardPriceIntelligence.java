package io.cardvault.application.port.in.analytics;

import io.cardvault.domain.analytics.ConfidenceWeightedPrice;
import io.cardvault.domain.catalogue.CardId;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** One confidence-weighted EUR price for a card × condition × language × foil × printing, with each source's part. */
public record CardPriceIntelligence(CardId cardId, ConfidenceWeightedPrice summary, List<SourceBreakdown> sources,
                                    List<String> notes) implements Serializable {

    public CardPriceIntelligence {
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }

    /** A source's median over the last 30 days in EUR and how many daily values it rests on. */
    public record SourceBreakdown(String source, BigDecimal medianEur, int nListings) implements Serializable {
    }
}
