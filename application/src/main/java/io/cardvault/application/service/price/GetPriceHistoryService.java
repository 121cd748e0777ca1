package io.cardvault.application.service.price;

import io.cardvault.application.port.in.price.AnalysedSnapshots;
import io.cardvault.application.port.in.price.GetPriceHistoryUseCase;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.PriceAnalysis;
import io.cardvault.domain.price.PriceSnapshot;
import io.cardvault.domain.price.PriceSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The legacy history: raw snapshots of one variant (the one asked for, else the best-covered) over
 * the window; the analysis runs over the best-covered source of that variant and looks back at least
 * 90 days so change_90d exists whenever the data does.
 */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class GetPriceHistoryService implements GetPriceHistoryUseCase {

    static final int ANALYSIS_DAYS = 90 + 45;

    private final LoadCatalogueViewsPort views;
    private final LoadPricesPort prices;

    @Inject
    public GetPriceHistoryService(LoadCatalogueViewsPort views, LoadPricesPort prices) {
        this.views = views;
        this.prices = prices;
    }

    /** For CDI's client proxy only. */
    protected GetPriceHistoryService() {
        this(null, null);
    }

    @Override
    public AnalysedSnapshots history(CardId cardId, int days, Optional<PriceSource> source, Optional<String> variant) {
        CardDetails card = PriceLookups.card(views, cardId);
        Optional<Set<VariantId>> variants = PriceLookups.variantsNamed(card, variant);
        if (variants.isEmpty()) {
            return new AnalysedSnapshots(List.of(), PriceAnalysis.NONE);
        }
        LocalDate today = PriceLookups.today();
        LocalDate from = today.minusDays(days);
        List<PriceSnapshot> raw = prices.snapshots(cardId, source, variants.get(), today.minusDays(Math.max(days, ANALYSIS_DAYS)))
                .stream().filter(snapshot -> !snapshot.isGraded()).toList();
        Optional<VariantId> chosen = mostCovered(raw, PriceSnapshot::variant, Comparator.comparingLong(VariantId::value));
        if (chosen.isEmpty()) {
            return new AnalysedSnapshots(List.of(), PriceAnalysis.NONE);
        }
        List<PriceSnapshot> line = raw.stream().filter(snapshot -> snapshot.variant().equals(chosen.get())).toList();
        PriceSource analysed = mostCovered(line, PriceSnapshot::source, Comparator.naturalOrder()).orElseThrow();
        NavigableMap<LocalDate, BigDecimal> daily = line.stream().filter(snapshot -> snapshot.source() == analysed)
                .collect(Collectors.toMap(PriceSnapshot::day, snapshot -> snapshot.marketPrice().amount(), (a, b) -> a, TreeMap::new));
        List<PriceSnapshot> shown = line.stream().filter(snapshot -> !snapshot.day().isBefore(from))
                .sorted(Comparator.comparing(PriceSnapshot::day).thenComparing(PriceSnapshot::source)).toList();
        return new AnalysedSnapshots(shown, PriceAnalysis.of(daily));
    }

    /** The key with the most snapshots; ties go to the smallest key. */
    static <K> Optional<K> mostCovered(List<PriceSnapshot> snapshots, Function<PriceSnapshot, K> key, Comparator<K> order) {
        Map<K, Long> counts = snapshots.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<K, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, order.reversed()))
                .map(Map.Entry::getKey);
    }
}
