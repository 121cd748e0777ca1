package io.cardvault.application.service.poketrace;

import io.cardvault.application.port.in.poketrace.GetTierHistoryUseCase;
import io.cardvault.application.port.in.poketrace.HistoryKey;
import io.cardvault.application.port.in.poketrace.KeyedPage;
import io.cardvault.application.port.in.poketrace.TierHistoryQuery;
import io.cardvault.application.port.in.poketrace.TierHistoryRow;
import io.cardvault.application.port.out.BrowseMarketCardsPort;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.VariantId;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A tier's daily history of a market card, newest day first: one read of the listing variant's
 * points over the period (one primary-key range per series), mapped and then cut after the key the
 * cursor names. A graded tier is refused to a plan without graded prices, an EU card to a plan
 * without the EU market.
 */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none
public class GetTierHistoryService implements GetTierHistoryUseCase {

    private final BrowseMarketCardsPort cards;
    private final LoadPricesPort prices;
    private final Clock clock;

    @Inject
    public GetTierHistoryService(BrowseMarketCardsPort cards, LoadPricesPort prices) {
        this(cards, prices, Clock.systemUTC());
    }

    public GetTierHistoryService(BrowseMarketCardsPort cards, LoadPricesPort prices, Clock clock) {
        this.cards = cards;
        this.prices = prices;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected GetTierHistoryService() {
        this(null, null, null);
    }

    @Override
    public KeyedPage<TierHistoryRow, HistoryKey> history(TierHistoryQuery query) {
        if (query.tier().graded()) {
            MarketCards.requireGraded(query.plan());
        }
        MarketCards.Market found = MarketCards.find(cards, query.plan(), query.cardId());
        Optional<VariantId> variant = found.row().firstVariant();
        if (variant.isEmpty()) {
            return new KeyedPage<>(List.of(), Optional.empty());
        }
        LocalDate today = LocalDate.now(clock);
        List<TierHistoryRow> rows = MarketPriceMapping.history(prices.points(found.row().card(), Optional.empty(),
                Set.of(variant.get()), query.period().from(today), today), variant.get(), found.region(), query.tier());
        List<TierHistoryRow> after = query.after().map(key -> rows.stream().filter(row -> MarketPriceMapping.after(row, key))
                .limit(query.limit() + 1L).toList()).orElseGet(() -> rows.stream().limit(query.limit() + 1L).toList());
        return KeyedPage.of(after, query.limit(), TierHistoryRow::key);
    }
}
