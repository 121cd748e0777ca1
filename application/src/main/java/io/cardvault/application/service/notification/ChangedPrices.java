package io.cardvault.application.service.notification;

import io.cardvault.application.port.out.ExchangeRatesStorePort;
import io.cardvault.domain.analytics.EuroReferenceRates;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.price.CardPriceChange;
import io.cardvault.domain.price.HeadlinePricesChanged;
import io.cardvault.domain.shared.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The new headline prices of one event per card, in whatever currency a watch asks for: a price
 * in another currency is converted with the newest stored ECB rates, and one that cannot be
 * converted (no rate for either side) is left out, never compared across currencies. The rates are
 * read once, and only when a watch's currency differs from a source's.
 */
final class ChangedPrices {

    private final Map<CardId, List<Money>> byCard = new LinkedHashMap<>();
    private final ExchangeRatesStorePort rates;
    private Optional<EuroReferenceRates> newestRates;

    ChangedPrices(HeadlinePricesChanged changed, ExchangeRatesStorePort rates) {
        this.rates = rates;
        for (CardPriceChange change : changed.changes()) {
            byCard.computeIfAbsent(change.cardId(), card -> new ArrayList<>()).add(change.marketPrice());
        }
    }

    /** One card at one price: a new listing. */
    ChangedPrices(CardId card, Money price, ExchangeRatesStorePort rates) {
        this.rates = rates;
        byCard.put(card, new ArrayList<>(List.of(price)));
    }

    Set<CardId> cards() {
        return byCard.keySet();
    }

    /** The card's lowest new price in {@code currency}: what a watch for a dip is judged by. */
    Optional<Money> lowest(CardId card, Currency currency) {
        return in(card, currency).stream().min(Comparator.naturalOrder());
    }

    /** The card's highest new price in {@code currency}: what a watch for a peak is judged by. */
    Optional<Money> highest(CardId card, Currency currency) {
        return in(card, currency).stream().max(Comparator.naturalOrder());
    }

    private List<Money> in(CardId card, Currency currency) {
        List<Money> converted = new ArrayList<>();
        for (Money price : byCard.getOrDefault(card, List.of())) {
            convert(price, currency).ifPresent(converted::add);
        }
        return converted;
    }

    private Optional<Money> convert(Money price, Currency currency) {
        if (price.currency().equals(currency)) {
            return Optional.of(price);
        }
        if (newestRates == null) {
            newestRates = rates.latest();
        }
        return newestRates.flatMap(known -> known.convert(price, currency));
    }
}
