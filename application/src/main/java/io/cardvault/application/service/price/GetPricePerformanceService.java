package io.cardvault.application.service.price;

import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.application.port.in.price.CardPriceView;
import io.cardvault.application.port.in.price.GetPricePerformanceUseCase;
import io.cardvault.application.port.in.price.PerformancePeriod;
import io.cardvault.application.port.in.price.SeriesPerformance;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.price.PriceSnapshot;
import io.cardvault.domain.price.PriceSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Per source and variant, the raw market value at the start and end of the period. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class GetPricePerformanceService implements GetPricePerformanceUseCase {

    private final LoadCatalogueViewsPort views;
    private final LoadPricesPort prices;

    @Inject
    public GetPricePerformanceService(LoadCatalogueViewsPort views, LoadPricesPort prices) {
        this.views = views;
        this.prices = prices;
    }

    /** For CDI's client proxy only. */
    protected GetPricePerformanceService() {
        this(null, null);
    }

    @Override
    public CardPriceView<SeriesPerformance> performance(CardId cardId, PerformancePeriod period) {
        CardDetails card = PriceLookups.card(views, cardId);
        Map<String, List<PriceSnapshot>> lines = new LinkedHashMap<>();
        prices.snapshots(cardId, Optional.empty(), Set.of(), PriceLookups.today().minusDays(period.days())).stream()
                .filter(snapshot -> !snapshot.isGraded())
                .sorted(Comparator.comparing(PriceSnapshot::source).thenComparingLong(s -> s.variant().value())
                        .thenComparing(PriceSnapshot::day))
                .forEach(s -> lines.computeIfAbsent(s.source().code() + "/" + s.variant().value(), k -> new ArrayList<>()).add(s));
        List<SeriesPerformance> result = new ArrayList<>();
        lines.values().forEach(line -> result.add(performanceOf(line)));
        return new CardPriceView<>(card, result);
    }

    /** A line of one source and variant in day order, at least one snapshot. */
    static SeriesPerformance performanceOf(List<PriceSnapshot> line) {
        PriceSnapshot first = line.get(0);
        PriceSnapshot last = line.get(line.size() - 1);
        BigDecimal start = first.marketPrice().amount();
        BigDecimal end = last.marketPrice().amount();
        BigDecimal change = end.subtract(start);
        BigDecimal percent = start.signum() == 0 ? null
                : change.multiply(BigDecimal.valueOf(100)).divide(start, 2, RoundingMode.HALF_EVEN);
        List<BigDecimal> amounts = line.stream().map(s -> s.marketPrice().amount()).toList();
        PriceSource source = first.source();
        return new SeriesPerformance(source, first.variant(), first.marketPrice().currency(), first.day(), start,
                last.day(), end, change, percent, amounts.stream().max(Comparator.naturalOrder()).orElseThrow(),
                amounts.stream().min(Comparator.naturalOrder()).orElseThrow(), line.size());
    }
}
