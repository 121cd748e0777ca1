package io.cardvault.application.service.price;

import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.application.port.in.price.CardPriceView;
import io.cardvault.application.port.in.price.ListSalesUseCase;
import io.cardvault.application.port.in.price.SalesBucket;
import io.cardvault.application.port.in.price.SalesQuery;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.DailyMedians;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.PriceSnapshot;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The sales fallback: medians per time bucket of the PriceCharting, TCGplayer and eBay daily values. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class ListSalesService implements ListSalesUseCase {

    private final LoadCatalogueViewsPort views;
    private final LoadPricesPort prices;

    @Inject
    public ListSalesService(LoadCatalogueViewsPort views, LoadPricesPort prices) {
        this.views = views;
        this.prices = prices;
    }

    /** For CDI's client proxy only. */
    protected ListSalesService() {
        this(null, null);
    }

    static final Set<PriceSource> SALE_SOURCES = EnumSet.of(PriceSource.PRICECHARTING, PriceSource.TCGCSV, PriceSource.EBAY);

    private record Key(LocalDate start, PriceSource source, VariantId variant, Optional<Grading> grading) {
    }

    @Override
    public CardPriceView<SalesBucket> sales(SalesQuery query) {
        CardDetails card = PriceLookups.card(views, query.cardId());
        Optional<Set<VariantId>> variants = PriceLookups.variantsNamed(card, query.variant());
        boolean languageMatches = query.language().map(language -> language.strip().toLowerCase(Locale.ROOT)
                .equals(card.card().language())).orElse(true);
        if (variants.isEmpty() || !languageMatches) {
            return new CardPriceView<>(card, List.of());
        }
        LocalDate today = PriceLookups.today();
        long bucketDays = ListSalesUseCase.bucketDays(query.windowDays());
        Map<Key, List<PriceSnapshot>> buckets = new LinkedHashMap<>();
        for (PriceSnapshot snapshot : prices.snapshots(query.cardId(), Optional.empty(), variants.get(),
                today.minusDays(query.windowDays()))) {
            if (!SALE_SOURCES.contains(snapshot.source()) || !matches(snapshot, query)) {
                continue;
            }
            long epochDay = snapshot.day().toEpochDay();
            LocalDate start = LocalDate.ofEpochDay(epochDay - Math.floorMod(epochDay, bucketDays));
            buckets.computeIfAbsent(new Key(start, snapshot.source(), snapshot.variant(), Optional.ofNullable(snapshot.grading())),
                    k -> new ArrayList<>()).add(snapshot);
        }
        List<SalesBucket> rows = new ArrayList<>();
        buckets.forEach((key, members) -> {
            BigDecimal median = DailyMedians.median(members.stream().map(s -> s.marketPrice().amount()).toList());
            rows.add(new SalesBucket(key.start(), key.source(), key.variant(), key.grading(),
                    new Money(members.get(0).marketPrice().currency(), median), members.size()));
        });
        rows.sort(Comparator.comparing(SalesBucket::start).reversed().thenComparing(SalesBucket::source)
                .thenComparingLong(bucket -> bucket.variant().value()));
        return new CardPriceView<>(card, rows.subList(0, Math.min(query.limit(), rows.size())));
    }

    private static boolean matches(PriceSnapshot snapshot, SalesQuery query) {
        if (query.company().isEmpty() && query.grade().isEmpty()) {
            return true;
        }
        return snapshot.isGraded()
                && query.company().map(company -> snapshot.grading().company() == company).orElse(true)
                && query.grade().map(grade -> snapshot.grading().grade().equalsIgnoreCase(grade.strip())).orElse(true);
    }
}
