package io.cardvault.application.service.price;

import io.cardvault.application.port.out.price.JudgedPoint;
import io.cardvault.application.port.out.price.LatestPrice;
import io.cardvault.application.port.out.price.PointWindow;
import io.cardvault.application.port.out.price.SeriesPoint;
import io.cardvault.domain.price.OutlierRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Applies the outlier rule to a file's points, series by series and oldest day first, each against
 * its series' window as the store holds it: a point newer than the series' stored points against
 * the recent non-outlier amounts (plus the batch's own earlier non-outliers of that series), a point
 * into its past against the amounts before its day. Also decides what each point writes, which
 * point becomes its series' latest price, and which latest prices changed.
 */
final class PricePointJudge {

    private final OutlierRule rule;

    PricePointJudge(OutlierRule rule) {
        this.rule = rule;
    }

    /**
     * The judgement of a batch. {@code points} in (series, day) order, each series and day once;
     * {@code latest} the newest non-outlier point of each series that got one, then the corrected
     * latest days; {@code latestChanged} the points among them whose amount differs from the series'
     * latest price before; {@code written} rows added or changed.
     */
    record Judgement(List<JudgedPoint> points, List<LatestPrice> latest, List<SeriesPoint> latestChanged, int written,
                     int outliers) {
    }

    /** {@code windows}: one per point, in the points' order (as {@code ReadOutlierWindowsPort} answers). */
    Judgement judge(List<SeriesPoint> points, List<PointWindow> windows) {
        if (points.size() != windows.size()) {
            throw new IllegalArgumentException(points.size() + " points but " + windows.size() + " windows");
        }
        Entry[] sorted = new Entry[points.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = new Entry(points.get(i), windows.get(i));
        }
        // stable: of a series and day quoted twice, the later quote stays last, and is the one written
        Arrays.sort(sorted, Comparator.comparingLong(Entry::order));
        List<JudgedPoint> judged = new ArrayList<>(sorted.length);
        List<LatestPrice> latest = new ArrayList<>();
        List<LatestPrice> corrections = new ArrayList<>();
        List<SeriesPoint> latestChanged = new ArrayList<>();
        List<SeriesPoint> correctionsChanged = new ArrayList<>();
        List<LatestPrice> seriesCorrections = new ArrayList<>();
        int written = 0;
        int outliers = 0;
        int from = 0;
        while (from < sorted.length) {
            int to = from + 1;
            while (to < sorted.length && sorted[to].window.seriesKey() == sorted[from].window.seriesKey()) {
                to++;
            }
            PointWindow window = sorted[from].window;
            boolean alone = to - from == 1; // the daily case: one point per series, nothing to append after it
            double[] recent = alone ? window.amounts() : Arrays.copyOf(window.amounts(), window.amounts().length + (to - from));
            int length = window.amounts().length;
            SeriesPoint newestGood = null;
            seriesCorrections.clear();
            for (int i = from; i < to; i++) {
                if (i + 1 < to && sorted[i + 1].order == sorted[i].order) {
                    continue; // repeated in the batch: only the last quote of the day is judged, written and counted
                }
                Entry entry = sorted[i];
                SeriesPoint point = entry.point;
                BigDecimal amount = point.amount();
                boolean outlier;
                JudgedPoint.Write write;
                if (entry.window.intoPast()) {
                    double[] past = entry.window.amounts();
                    outlier = rule.isOutlier(past, past.length, amount.doubleValue());
                    write = entry.window.stored().map(stored -> stored.compareTo(amount) == 0 ? JudgedPoint.Write.NONE
                            : JudgedPoint.Write.UPDATE).orElse(JudgedPoint.Write.INSERT);
                    if (write != JudgedPoint.Write.NONE && !outlier && window.latestDay().filter(point.day()::equals).isPresent()) {
                        seriesCorrections.add(new LatestPrice(window.seriesKey(), point, false));
                    }
                } else {
                    outlier = rule.isOutlier(recent, length, amount.doubleValue());
                    write = JudgedPoint.Write.APPEND;
                    if (!outlier) {
                        if (!alone) {
                            // the store keeps a window's amounts at float precision: judge the next one as it will be judged later
                            recent[length++] = amount.floatValue();
                        }
                        newestGood = point;
                    }
                }
                judged.add(new JudgedPoint(window.seriesKey(), point, outlier, write));
                written += write == JudgedPoint.Write.NONE ? 0 : 1;
                outliers += outlier ? 1 : 0;
            }
            if (newestGood != null) {
                latest.add(new LatestPrice(window.seriesKey(), newestGood, window.latestAmount().isEmpty()));
                BigDecimal newAmount = newestGood.amount();
                if (window.latestAmount().filter(before -> before.compareTo(newAmount) == 0).isEmpty()) {
                    latestChanged.add(newestGood);
                }
            } else {
                // a corrected amount of the latest day moves the latest price, unless a newer day of the batch did
                corrections.addAll(seriesCorrections);
                seriesCorrections.forEach(correction -> correctionsChanged.add(correction.point()));
            }
            from = to;
        }
        latest.addAll(corrections);
        latestChanged.addAll(correctionsChanged);
        return new Judgement(judged, latest, latestChanged, written, outliers);
    }

    private static final class Entry {
        final SeriesPoint point;
        final PointWindow window;
        /** Series, then day: the order points are judged and written in. */
        final long order;

        Entry(SeriesPoint point, PointWindow window) {
            this.point = point;
            this.window = window;
            this.order = (long) window.seriesKey() << 32 | (point.day().toEpochDay() & 0xFFFF_FFFFL);
        }

        long order() {
            return order;
        }
    }
}
