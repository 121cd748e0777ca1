package io.cardvault.application.service.price;

import io.cardvault.application.port.in.price.IngestReport;
import io.cardvault.application.port.out.BackfillProgressPort;
import io.cardvault.application.port.out.PriceRunLogPort;
import io.cardvault.application.port.out.ReadOutlierWindowsPort;
import io.cardvault.application.port.out.SettleLatestPricesPort;
import io.cardvault.application.port.out.WritePricePointsPort;
import io.cardvault.application.port.out.price.PriceFile;
import io.cardvault.application.port.out.price.RunStatus;
import io.cardvault.application.port.out.price.SeriesPoint;
import io.cardvault.domain.price.OutlierRule;
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
 * Writes one parsed file in ONE transaction: its run row; its points, judged by the outlier rule
 * against their series' windows ({@link PricePointJudge}) and written as judged; their series'
 * latest prices (or, for a backfill's past day, a note to settle them later); and the event naming the
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

    private final PriceRunLogPort runs;
    private final BackfillProgressPort progress;
    private final ReadOutlierWindowsPort windows;
    private final WritePricePointsPort points;
    private final SettleLatestPricesPort latest;
    private final PricePointJudge judge = new PricePointJudge(OutlierRule.STANDARD);
    private final Event<HeadlinePricesChanged> headlineChanged;
    private final Clock clock;

    @Inject
    PriceFileRecorder(PriceRunLogPort runs, BackfillProgressPort progress, ReadOutlierWindowsPort windows,
                      WritePricePointsPort points, SettleLatestPricesPort latest, Event<HeadlinePricesChanged> headlineChanged) {
        this(runs, progress, windows, points, latest, headlineChanged, Clock.systemUTC());
    }

    PriceFileRecorder(PriceRunLogPort runs, BackfillProgressPort progress, ReadOutlierWindowsPort windows,
                      WritePricePointsPort points, SettleLatestPricesPort latest, Event<HeadlinePricesChanged> headlineChanged,
                      Clock clock) {
        this.runs = runs;
        this.progress = progress;
        this.windows = windows;
        this.points = points;
        this.latest = latest;
        this.headlineChanged = headlineChanged;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected PriceFileRecorder() {
        this(null, null, null, null, null, null, null);
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
        int runId = runs.startRun(file.source(), file.upstream(), file.sha1(), file.sandbox());
        PricePointJudge.Judgement stored = store(runId, points, history);
        List<CardPriceChange> changes = history ? List.of() : headlineChanges(stored.latestChanged(), mapping);
        String message = String.format("%d quotes, %d joined the catalogue, %d outliers", file.quotes().size(),
                points.size(), stored.outliers());
        runs.finishRun(runId, RunStatus.OK, file.quotes().size(), stored.written(), message);
        completesBackfillDay.ifPresent(progress::recordBackfilledDay);
        if (!changes.isEmpty() && isNews(file)) {
            headlineChanged.fire(new HeadlinePricesChanged(changes));
        }
        return new IngestReport(runId, file.source(), "ok", file.upstream(), file.sandbox(), file.quotes().size(), stored.written(),
                stored.outliers(), changes.size(), message);
    }

    /**
     * Judges the points against their series' windows and writes them as judged. A past day of a
     * backfill leaves the latest prices for the settling after its last day: no latest price moves,
     * so no headline changes (none is counted or announced).
     */
    private PricePointJudge.Judgement store(int runId, List<SeriesPoint> batch, boolean history) {
        if (batch.isEmpty()) {
            return new PricePointJudge.Judgement(List.of(), List.of(), List.of(), 0, 0);
        }
        PricePointJudge.Judgement judged = judge.judge(batch, windows.windowsOf(batch));
        points.write(runId, judged.points());
        if (history) {
            latest.deferLatest(judged.latest());
        } else {
            latest.moveLatest(runId, judged.latest());
        }
        return judged;
    }

    /** No run of files is open any more: the store may let go of the windows it kept for them. Nothing is written. */
    @Transactional(Transactional.TxType.SUPPORTS)
    void runsEnded() {
        windows.runsEnded();
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
