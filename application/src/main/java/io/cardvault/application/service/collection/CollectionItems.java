package io.cardvault.application.service.collection;

import io.cardvault.application.port.in.collection.CollectionItem;
import io.cardvault.application.port.out.ExchangeRatesStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.catalogue.VariantSlugs;
import io.cardvault.domain.collection.CollectionEntry;
import io.cardvault.domain.collection.CollectionValuation;
import io.cardvault.domain.collection.InvalidCollectionDataException;
import io.cardvault.domain.price.PricePoint;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every collection service shares: the valuation in the asked currency (refused when it cannot
 * be given), the cards of some entries, and entries turned into {@link CollectionItem}s valued at the
 * cards' newest prices.
 */
final class CollectionItems {

    private final LoadCatalogueViewsPort views;
    private final LoadPricesPort prices;
    private final ExchangeRatesStorePort rates;

    CollectionItems(LoadCatalogueViewsPort views, LoadPricesPort prices, ExchangeRatesStorePort rates) {
        this.views = views;
        this.prices = prices;
        this.rates = rates;
    }

    /** The valuation in {@code currency} at the newest stored ECB rates; a currency they do not quote is refused. */
    CollectionValuation valuation(Currency currency) {
        var newest = rates.latest();
        if (!CollectionValuation.canValueIn(currency, newest)) {
            throw new InvalidCollectionDataException("currency", "no exchange rate is stored for "
                    + currency.getCurrencyCode() + ": use EUR or a currency of the ECB's reference rates");
        }
        return new CollectionValuation(currency, newest);
    }

    /** The stored cards of those ids by id (entries always name stored cards: the store keys them to the catalogue). */
    Map<CardId, CardDetails> cards(Collection<CardId> ids) {
        return views.cards(new LinkedHashSet<>(ids)).stream()
                .collect(Collectors.toMap(card -> new CardId(card.id()), Function.identity(), (one, other) -> one));
    }

    /** The card with that id; an id the catalogue does not know is a bad {@code card_id}. */
    CardDetails card(CardId id) {
        return views.card(id).orElseThrow(() -> new InvalidCollectionDataException("card_id",
                "no card has the id " + id.value()));
    }

    /** The entries in their order, each valued at its card's newest prices. */
    List<CollectionItem> items(List<CollectionEntry> entries, CollectionValuation valuation) {
        Map<CardId, CardDetails> cards = cards(entries.stream().map(CollectionEntry::card).toList());
        Map<CardId, List<PricePoint>> latest = new HashMap<>();
        return entries.stream()
                .filter(entry -> cards.containsKey(entry.card()))
                .map(entry -> item(entry, cards.get(entry.card()),
                        latest.computeIfAbsent(entry.card(), prices::latestPrices), valuation))
                .toList();
    }

    CollectionItem item(CollectionEntry entry, CollectionValuation valuation) {
        CardDetails card = card(entry.card());
        return item(entry, card, prices.latestPrices(entry.card()), valuation);
    }

    /** The stored points of each card between two days (inclusive), outliers included (the valuation leaves them out). */
    Map<CardId, List<PricePoint>> history(Collection<CardId> cards, LocalDate from, LocalDate to) {
        Map<CardId, List<PricePoint>> history = new HashMap<>();
        for (CardId card : new LinkedHashSet<>(cards)) {
            history.put(card, prices.points(card, Optional.empty(), Set.of(), from, to));
        }
        return history;
    }

    static Set<VariantId> variantsOf(CardDetails card) {
        return card.variants().stream().map(variant -> new VariantId(variant.id()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The variant a word names on the card; a word the card has no variant for is a bad {@code variant}. */
    static VariantId variant(CardDetails card, String word) {
        return VariantSlugs.find(card, word).orElseThrow(() -> new InvalidCollectionDataException("variant",
                "card " + card.id() + " has no variant '" + word + "'; it has: " + String.join(", ", VariantSlugs.all(card))));
    }

    private static CollectionItem item(CollectionEntry entry, CardDetails card, List<PricePoint> prices,
                                       CollectionValuation valuation) {
        return new CollectionItem(entry, card.card().name(), card.set().name(), card.card().gameSlug(),
                entry.variant().flatMap(variant -> VariantSlugs.of(card, variant)),
                valuation.value(entry, variantsOf(card), prices), card.card().images());
    }
}
