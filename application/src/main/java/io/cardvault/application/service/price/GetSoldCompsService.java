package io.cardvault.application.service.price;

import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.application.port.in.price.GetSoldCompsUseCase;
import io.cardvault.application.port.in.price.SoldComps;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.price.DailyMedians;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.PricePoint;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** eBay sold comps: the card's eBay last_sold and graded points, averaged per day and summarised per grading. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class GetSoldCompsService implements GetSoldCompsUseCase {

    private final LoadCatalogueViewsPort views;
    private final LoadPricesPort prices;

    @Inject
    public GetSoldCompsService(LoadCatalogueViewsPort views, LoadPricesPort prices) {
        this.views = views;
        this.prices = prices;
    }

    /** For CDI's client proxy only. */
    protected GetSoldCompsService() {
        this(null, null);
    }

    /** Raw sold comps sort before slabs; slabs by company then grade. */
    private static final Comparator<Optional<Grading>> GRADING_ORDER = Comparator.comparing(
            (Optional<Grading> g) -> g.map(grading -> grading.company().code() + " " + grading.grade()).orElse(""));

    @Override
    public SoldComps soldComps(CardId cardId, int days, Optional<GradingCompany> company, Optional<String> grade) {
        PriceLookups.card(views, cardId);
        LocalDate today = PriceLookups.today();
        List<PricePoint> sold = prices.points(cardId, Optional.of(PriceSource.EBAY), Set.of(), today.minusDays(days), today)
                .stream()
                .filter(point -> point.series().type() == PriceType.LAST_SOLD || point.series().isGraded())
                .filter(point -> company.isEmpty() || point.series().isGraded() && point.series().grading().company() == company.get())
                .filter(point -> grade.isEmpty() || point.series().isGraded() && point.series().grading().grade().equalsIgnoreCase(grade.get().strip()))
                .toList();
        Map<LocalDate, Map<Optional<Grading>, List<BigDecimal>>> byDay = new TreeMap<>(Comparator.reverseOrder());
        Map<Optional<Grading>, List<BigDecimal>> byGrading = new TreeMap<>(GRADING_ORDER);
        for (PricePoint point : sold) {
            Optional<Grading> grading = Optional.ofNullable(point.series().grading());
            byDay.computeIfAbsent(point.asOf(), d -> new TreeMap<>(GRADING_ORDER)).computeIfAbsent(grading, g -> new ArrayList<>())
                    .add(point.amount().amount());
            byGrading.computeIfAbsent(grading, g -> new ArrayList<>()).add(point.amount().amount());
        }
        List<SoldComps.Day> daily = new ArrayList<>();
        byDay.forEach((day, gradings) -> gradings.forEach((grading, amounts) ->
                daily.add(new SoldComps.Day(day, grading, mean(amounts)))));
        List<SoldComps.Summary> summary = new ArrayList<>();
        byGrading.forEach((grading, amounts) -> summary.add(new SoldComps.Summary(grading, mean(amounts),
                DailyMedians.median(amounts), amounts.stream().min(Comparator.naturalOrder()).orElseThrow(),
                amounts.stream().max(Comparator.naturalOrder()).orElseThrow(), amounts.size())));
        return new SoldComps(daily, summary, sold.size());
    }

    static BigDecimal mean(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(amounts.size()), 2, RoundingMode.HALF_EVEN);
    }
}
