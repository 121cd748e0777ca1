package io.cardvault.application.service.collection;

import io.cardvault.application.port.in.collection.GetPortfolioHistoryUseCase;
import io.cardvault.application.port.in.collection.PortfolioDay;
import io.cardvault.application.port.in.collection.PortfolioHistory;
import io.cardvault.application.port.out.CollectionStorePort;
import io.cardvault.application.port.out.ExchangeRatesStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.CollectionEntry;
import io.cardvault.domain.collection.CollectionValuation;
import io.cardvault.domain.collection.InvalidCollectionDataException;
import io.cardvault.domain.price.PricePoint;
import io.cardvault.domain.shared.Money;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The daily value of the current holdings: each day every entry valued at each series' newest stored
 * point on or before that day (at most {@link CollectionValuation#MAX_PRICE_AGE_DAYS} old), by the
 * valuation rule. A day on which a card had no price leaves that card out of the day (its copies are
 * not counted in {@link PortfolioDay#valuedCount()}), never valued as zero.
 */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none
public class GetPortfolioHistoryService implements GetPortfolioHistoryUseCase {

    private final CollectionStorePort store;
    private final CollectionItems items;
    private final Clock clock;

    @Inject
    public GetPortfolioHistoryService(CollectionStorePort store, LoadCatalogueViewsPort views, LoadPricesPort prices,
                                      ExchangeRatesStorePort rates) {
        this(store, views, prices, rates, Clock.systemUTC());
    }

    public GetPortfolioHistoryService(CollectionStorePort store, LoadCatalogueViewsPort views, LoadPricesPort prices,
                                      ExchangeRatesStorePort rates, Clock clock) {
        this.store = store;
        this.items = new CollectionItems(views, prices, rates);
        this.clock = clock;
    }

    @Override
    public PortfolioHistory history(AccountId owner, Currency currency, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidCollectionDataException("days", "days must be between 1 and " + MAX_DAYS + ": " + days);
        }
        CollectionValuation valuation = items.valuation(currency);
        List<CollectionEntry> entries = store.findAllByOwner(owner);
        LocalDate today = LocalDate.now(clock);
        LocalDate first = today.minusDays(days - 1L);
        Map<CardId, CardDetails> cards = items.cards(entries.stream().map(CollectionEntry::card).toList());
        Map<CardId, List<PricePoint>> history = items.history(cards.keySet(),
                first.minusDays(CollectionValuation.MAX_PRICE_AGE_DAYS), today);
        Map<CardId, CollectionValuation.PriceTimeline> timelines = new HashMap<>();
        history.forEach((card, points) -> timelines.put(card, new CollectionValuation.PriceTimeline(points)));
        List<PortfolioDay> chart = new ArrayList<>(days);
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            Money value = valuation.zero();
            int valued = 0;
            for (CollectionEntry entry : entries) {
                CardDetails card = cards.get(entry.card());
                if (card == null) {
                    continue;
                }
                Optional<Money> worth = valuation.value(entry, CollectionItems.variantsOf(card),
                        timelines.get(entry.card()).on(day));
                if (worth.isPresent()) {
                    value = value.plus(worth.get());
                    valued += entry.quantity();
                }
            }
            chart.add(new PortfolioDay(day, value, valued));
        }
        return new PortfolioHistory(currency, chart);
    }
}
