package io.cardvault.application.service.price;

import io.cardvault.application.port.in.price.IngestReport;
import io.cardvault.application.port.out.StorePricesPort;
import io.cardvault.application.port.out.price.PriceFile;
import io.cardvault.application.port.out.price.RunStatus;
import io.cardvault.application.port.out.price.SeriesPoint;
import io.cardvault.application.port.out.price.StoredPoints;
import io.cardvault.domain.price.CardPriceChange;
import io.cardvault.domain.price.HeadlinePricesChanged;
import io.cardvault.domain.price.MarketPriceType;
import io.cardvault.domain.price.PricedVariant;
import io.cardvault.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes one parsed file in ONE transaction: its run row, its points, and the event naming the
 * cards whose headline moved (observers that act on it use {@code TransactionPhase.AFTER_SUCCESS},
 * so they see only committed prices). Any failure rolls back everything of the file.
 */
@ApplicationScoped
@Transactional
class PriceFileRecorder {

    /**
     * Files older than this are history being filled in (the backfill), not news: their changes
     * are not announced, or a first start would broadcast millions of past moves.
     */
    static final int NEWS_DAYS = 1;

    private final StorePricesPort store;
    private final Event<HeadlinePricesChanged> headlineChanged;
    private final Clock clock;

    @Inject
    PriceFileRecorder(StorePricesPort store, Event<HeadlinePricesChanged> headlineChanged) {
        this(store, headlineChanged, Clock.systemUTC());
    }

    PriceFileRecorder(StorePricesPort store, Event<HeadlinePricesChanged> headlineChanged, Clock clock) {
        this.store = store;
        this.headlineChanged = headlineChanged;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected PriceFileRecorder() {
        this(null, null, null);
    }

    IngestReport record(PriceFile file, List<SeriesPoint> points, QuoteMapping mapping) {
        return record(file, points, mapping, false);
    }

    /** {@code history}: a backfill's past day, whose latest prices the backfill settles once at its end. */
    IngestReport record(PriceFile file, List<SeriesPoint> points, QuoteMapping mapping, boolean history) {
        return record(file, points, mapping, history, Optional.empty());
    }

    /**
     * {@code completesBackfillDay}: this file is the last of the first-start backfill's day, whose other
     * files are stored: the day is recorded as backfilled in this same transaction, so a restart never
     * skips a day whose data did not commit.
     */
    IngestReport record(PriceFile file, List<SeriesPoint> points, QuoteMapping mapping, boolean history,
                        Optional<LocalDate> completesBackfillDay) {
        int runId = store.startRun(file.source(), file.upstream(), file.sha1(), file.sandbox());
        StoredPoints stored = history ? store.storeHistory(runId, points) : store.store(runId, points);
        List<CardPriceChange> changes = headlineChanges(stored.latestChanged(), mapping);
        String message = String.format("%d quotes, %d joined the catalogue, %d outliers", file.quotes().size(),
                points.size(), stored.outliers());
        store.finishRun(runId, RunStatus.OK, file.quotes().size(), stored.written(), message);
        completesBackfillDay.ifPresent(store::recordBackfilledDay);
        if (!changes.isEmpty() && isNews(file)) {
            headlineChanged.fire(new HeadlinePricesChanged(changes));
        }
        return new IngestReport(runId, file.source(), "ok", file.upstream(), file.sandbox(), file.quotes().size(), stored.written(),
                stored.outliers(), changes.size(), message);
    }

    private boolean isNews(PriceFile file) {
        return !file.asOf().isBefore(LocalDate.now(clock).minusDays(NEWS_DAYS));
    }

    /** Raw market-type points only: a card's headline is its market price, never a low, a slab or a dealer quote. */
    static List<CardPriceChange> headlineChanges(List<SeriesPoint> latestChanged, QuoteMapping mapping) {
        List<CardPriceChange> changes = new ArrayList<>();
        for (SeriesPoint point : latestChanged) {
            if (point.series().isGraded() || point.series().type() != MarketPriceType.of(point.series().source())) {
                continue;
            }
            PricedVariant variant = mapping.variant(point.series().variant());
            if (variant == null) {
                continue;
            }
            changes.add(new CardPriceChange(variant.cardId(), variant.setId(), variant.gameSlug(), point.series().source(),
                    variant.finish(), new Money(point.series().currency(), point.amount())));
        }
        return changes;
    }
}
