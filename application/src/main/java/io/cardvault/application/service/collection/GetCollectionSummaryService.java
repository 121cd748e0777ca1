package io.cardvault.application.service.collection;

import io.cardvault.application.port.in.collection.CollectionItem;
import io.cardvault.application.port.in.collection.CollectionSummary;
import io.cardvault.application.port.in.collection.GetCollectionSummaryUseCase;
import io.cardvault.application.port.in.collection.TopCard;
import io.cardvault.application.port.in.collection.ValueChange;
import io.cardvault.application.port.out.CollectionStorePort;
import io.cardvault.application.port.out.ExchangeRatesStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.CollectionValuation;
import io.cardvault.domain.price.PricePoint;
import io.cardvault.domain.shared.Money;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The collection's value in one currency now, and the 24-hour and 7-day changes: the same holdings
 * valued at each series' newest price on or before the day one and seven days back, against now.
 * Only holdings valued at both moments enter a change, so a card priced for the first time today is
 * not counted as a gain.
 */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none
public class GetCollectionSummaryService implements GetCollectionSummaryUseCase {

    private final CollectionStorePort store;
    private final CollectionItems items;
    private final Clock clock;

    @Inject
    public GetCollectionSummaryService(CollectionStorePort store, LoadCatalogueViewsPort views, LoadPricesPort prices,
                                       ExchangeRatesStorePort rates) {
        this(store, views, prices, rates, Clock.systemUTC());
    }

    public GetCollectionSummaryService(CollectionStorePort store, LoadCatalogueViewsPort views, LoadPricesPort prices,
                                       ExchangeRatesStorePort rates, Clock clock) {
        this.store = store;
        this.items = new CollectionItems(views, prices, rates);
        this.clock = clock;
    }

    @Override
    public CollectionSummary summary(AccountId owner, Currency currency) {
        CollectionValuation valuation = items.valuation(currency);
        List<CollectionItem> held = items.items(store.findAllByOwner(owner), valuation);
        Money total = valuation.zero();
        int copies = 0;
        int unvalued = 0;
        Map<String, Money> byGame = new LinkedHashMap<>();
        Map<CardId, Money> byCard = new LinkedHashMap<>();
        Map<CardId, String> names = new LinkedHashMap<>();
        for (CollectionItem item : held) {
            copies += item.entry().quantity();
            if (item.currentValue().isEmpty()) {
                unvalued += item.entry().quantity();
                continue;
            }
            Money value = item.currentValue().get();
            total = total.plus(value);
            byGame.merge(item.gameSlug(), value, Money::plus);
            byCard.merge(item.entry().card(), value, Money::plus);
            names.putIfAbsent(item.entry().card(), item.cardName());
        }
        Optional<TopCard> top = byCard.entrySet().stream().max(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .map(best -> new TopCard(best.getKey(), names.get(best.getKey()), best.getValue()));
        LocalDate today = LocalDate.now(clock);
        Map<CardId, List<PricePoint>> history = items.history(byCard.keySet(),
                today.minusDays(7 + CollectionValuation.MAX_PRICE_AGE_DAYS), today.minusDays(1));
        Map<CardId, CardDetails> cards = items.cards(byCard.keySet());
        return new CollectionSummary(currency, total, copies, unvalued,
                change(held, cards, history, today.minusDays(1), valuation),
                change(held, cards, history, today.minusDays(7), valuation),
                byGame, top);
    }

    /** Now minus then over the holdings valued at both moments; empty when none was valued then. */
    private static Optional<ValueChange> change(List<CollectionItem> held, Map<CardId, CardDetails> cards,
                                                Map<CardId, List<PricePoint>> history, LocalDate then,
                                                CollectionValuation valuation) {
        Money now = valuation.zero();
        Money before = valuation.zero();
        boolean any = false;
        for (CollectionItem item : held) {
            if (item.currentValue().isEmpty() || !cards.containsKey(item.entry().card())) {
                continue;
            }
            Optional<Money> past = valuation.value(item.entry(), CollectionItems.variantsOf(cards.get(item.entry().card())),
                    CollectionValuation.pricesOn(then, history.getOrDefault(item.entry().card(), List.of())));
            if (past.isPresent()) {
                any = true;
                now = now.plus(item.currentValue().get());
                before = before.plus(past.get());
            }
        }
        if (!any) {
            return Optional.empty();
        }
        Money moved = now.minus(before);
        Optional<BigDecimal> percent = before.amount().signum() == 0 ? Optional.empty()
                : Optional.of(moved.amount().multiply(BigDecimal.valueOf(100)).divide(before.amount(), 2, RoundingMode.HALF_EVEN));
        return Optional.of(new ValueChange(moved, percent));
    }
}
