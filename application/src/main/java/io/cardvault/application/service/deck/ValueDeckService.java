package io.cardvault.application.service.deck;

import io.cardvault.application.port.in.deck.DeckCardValue;
import io.cardvault.application.port.in.deck.DeckCardView;
import io.cardvault.application.port.in.deck.DeckValuation;
import io.cardvault.application.port.in.deck.DeckView;
import io.cardvault.application.port.in.deck.ValueDeckUseCase;
import io.cardvault.application.port.out.CollectionStorePort;
import io.cardvault.application.port.out.DeckStorePort;
import io.cardvault.application.port.out.ExchangeRatesStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.collection.CollectionEntry;
import io.cardvault.domain.collection.CollectionValuation;
import io.cardvault.domain.deck.DeckId;
import io.cardvault.domain.deck.InvalidDeckDataException;
import io.cardvault.domain.price.PricePoint;
import io.cardvault.domain.shared.Money;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Values a deck with the collection's rule ({@link CollectionValuation}: each copy a near-mint raw copy of
 * the card's cheapest priced variant, sources in the asked currency first, the rest converted at the newest
 * ECB rates). Owned copies are the reader's collection entries of the same card (any variant or condition),
 * shared out over the deck's lines of that card in section order; the cost of the rest is the value of the
 * copies not owned.
 */
@UseCase
public class ValueDeckService implements ValueDeckUseCase {

    private final DeckReads reads;
    private final LoadPricesPort prices;
    private final ExchangeRatesStorePort rates;
    private final CollectionStorePort collection;

    @Inject
    public ValueDeckService(DeckStorePort decks, LoadCatalogueViewsPort catalogue, LoadPricesPort prices,
                            ExchangeRatesStorePort rates, CollectionStorePort collection) {
        this.reads = new DeckReads(decks, catalogue);
        this.prices = prices;
        this.rates = rates;
        this.collection = collection;
    }

    /** For CDI's client proxy only. */
    protected ValueDeckService() {
        this.reads = null;
        this.prices = null;
        this.rates = null;
        this.collection = null;
    }

    @Override
    public DeckValuation value(DeckId id, Optional<AccountId> reader, Currency currency) {
        var newest = rates.latest();
        if (!CollectionValuation.canValueIn(currency, newest)) {
            throw new InvalidDeckDataException("currency", "no exchange rate is stored for " + currency.getCurrencyCode()
                    + ": use EUR or a currency of the ECB's reference rates");
        }
        CollectionValuation valuation = new CollectionValuation(currency, newest);
        DeckView deck = reads.view(reads.readable(id, reader));
        Map<CardId, CardDetails> cards = reads.cards(deck.deck());
        Map<CardId, Integer> ownedLeft = reader.map(this::ownedCopies).orElse(null);
        Map<CardId, List<PricePoint>> latest = new HashMap<>();
        List<DeckCardValue> lines = new ArrayList<>();
        Money total = valuation.zero();
        Money missingCost = valuation.zero();
        int unvalued = 0;
        int owned = 0;
        int missing = 0;
        for (DeckCardView line : deck.cards()) {
            CardId card = new CardId(line.card().id());
            List<PricePoint> points = latest.computeIfAbsent(card, prices::latestPrices);
            Set<VariantId> variants = cards.get(card).variants().stream().map(variant -> new VariantId(variant.id()))
                    .collect(Collectors.toSet());
            Optional<Money> unit = valuation.value(copies(deck, card, 1), variants, points);
            Optional<Money> lineValue = valuation.value(copies(deck, card, line.quantity()), variants, points);
            Optional<Integer> ownedHere = Optional.empty();
            if (ownedLeft != null) {
                int have = Math.min(line.quantity(), ownedLeft.getOrDefault(card, 0));
                ownedLeft.merge(card, -have, Integer::sum);
                ownedHere = Optional.of(have);
                owned += have;
                int lacking = line.quantity() - have;
                missing += lacking;
                if (lacking > 0 && unit.isPresent()) {
                    missingCost = missingCost.plus(valuation.value(copies(deck, card, lacking), variants, points).orElseThrow());
                }
            }
            if (lineValue.isPresent()) {
                total = total.plus(lineValue.get());
            } else {
                unvalued += line.quantity();
            }
            lines.add(new DeckCardValue(line, unit, lineValue, ownedHere));
        }
        boolean known = ownedLeft != null;
        return new DeckValuation(deck, currency, lines, total, unvalued, known ? Optional.of(owned) : Optional.empty(),
                known ? Optional.of(missing) : Optional.empty(), known ? Optional.of(missingCost) : Optional.empty(),
                latest.values().stream().flatMap(List::stream).anyMatch(PricePoint::sandbox));
    }

    private Map<CardId, Integer> ownedCopies(AccountId reader) {
        Map<CardId, Integer> owned = new HashMap<>();
        collection.findAllByOwner(reader).forEach(entry -> owned.merge(entry.card(), entry.quantity(), Integer::sum));
        return owned;
    }

    /** So many copies of the card as a collection entry without a variant: how the one valuation rule reads a holding. */
    private static CollectionEntry copies(DeckView deck, CardId card, int quantity) {
        return CollectionEntry.add(deck.deck().owner(), card, Optional.empty(), quantity, CardCondition.NM, Optional.empty(),
                Optional.empty(), Instant.EPOCH);
    }
}
