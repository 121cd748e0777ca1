package io.cardvault.application.port.out.catalogue;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import java.util.Locale;
import java.util.Set;

/**
 * Every card one import file could name, asked for at once: cards by id; cards whose own or whose
 * variants' marketplace product ids are among those given; and, within the given sets only, cards
 * whose collector number (its local id, compared by {@link #numberKey}) or name (case and accents
 * ignored) is among those given.
 */
public record ImportCandidateQuery(Set<CardId> cardIds,
                                   Set<Long> tcgplayerProductIds,
                                   Set<Long> cardmarketProductIds,
                                   Set<CardSetId> sets,
                                   Set<String> collectorNumbers,
                                   Set<String> cardNames) {

    public ImportCandidateQuery {
        cardIds = Set.copyOf(cardIds);
        tcgplayerProductIds = Set.copyOf(tcgplayerProductIds);
        cardmarketProductIds = Set.copyOf(cardmarketProductIds);
        sets = Set.copyOf(sets);
        collectorNumbers = Set.copyOf(collectorNumbers.stream().map(ImportCandidateQuery::numberKey).toList());
        cardNames = Set.copyOf(cardNames);
    }

    public boolean isEmpty() {
        return cardIds.isEmpty() && tcgplayerProductIds.isEmpty() && cardmarketProductIds.isEmpty()
                && (sets.isEmpty() || (collectorNumbers.isEmpty() && cardNames.isEmpty()));
    }

    /**
     * A local id as collectors' files and the catalogue both write it, reduced to what they agree
     * on: lower case, without leading zeros ({@code 025}, {@code 25} and {@code 0025} are one
     * number; {@code TG01} stays {@code tg01}; {@code 0} stays {@code 0}).
     */
    public static String numberKey(String localId) {
        String text = localId.strip().toLowerCase(Locale.ROOT);
        int start = 0;
        while (start < text.length() - 1 && text.charAt(start) == '0') {
            start++;
        }
        return text.substring(start);
    }
}
