package io.cardvault.application.service.collection;

import io.cardvault.application.port.in.collection.WatchedCard;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.InvalidCollectionDataException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The catalogue facts of the cards a collector watches: one catalogue read per list, never one per row. */
final class WatchedCards {

    private final Map<CardId, WatchedCard> known;

    private WatchedCards(Map<CardId, WatchedCard> known) {
        this.known = known;
    }

    static WatchedCards of(LoadCatalogueViewsPort catalogue, Collection<CardId> ids) {
        if (ids.isEmpty()) {
            return new WatchedCards(Map.of());
        }
        return new WatchedCards(catalogue.cards(Set.copyOf(ids)).stream().map(CardDetails::card).map(WatchedCard::of)
                .collect(Collectors.toMap(WatchedCard::id, Function.identity(), (first, same) -> first)));
    }

    /** A card a wish or an alert is about to name: an unknown id is the caller's mistake (422 on {@code card_id}). */
    static WatchedCard require(LoadCatalogueViewsPort catalogue, CardId id) {
        return catalogue.card(id).map(CardDetails::card).map(WatchedCard::of)
                .orElseThrow(() -> new InvalidCollectionDataException("card_id", "no card with id " + id.value()));
    }

    /** The card's facts, or its number when the catalogue no longer holds it (the row is still the collector's). */
    WatchedCard get(CardId id) {
        return known.getOrDefault(id, WatchedCard.missing(id));
    }
}
