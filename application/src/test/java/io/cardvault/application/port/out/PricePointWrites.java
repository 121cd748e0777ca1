package io.cardvault.application.port.out;

import io.cardvault.application.port.out.price.JudgedPoint;
import io.cardvault.application.port.out.price.LatestPrice;
import io.cardvault.application.port.out.price.PointWindow;
import io.cardvault.application.port.out.price.SeriesPoint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Points written into a price store the way the ingest writes them, for the contracts and tests of
 * the ports that read what was written: windows first (which give each point its series key), then
 * the write; the latest prices the write would move are returned for the caller to move or defer.
 */
public final class PricePointWrites {

    private PricePointWrites() {
    }

    /** Writes {@code points} in run {@code runId}, each flagged {@code outlier} or not; returns the newest good price per series. */
    public static List<LatestPrice> append(ReadOutlierWindowsPort windows, WritePricePointsPort writer, int runId,
                                           List<SeriesPoint> points, boolean outlier) {
        List<PointWindow> read = windows.windowsOf(points);
        List<JudgedPoint> judged = new ArrayList<>();
        List<LatestPrice> moved = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            PointWindow window = read.get(i);
            judged.add(new JudgedPoint(window.seriesKey(), points.get(i), outlier, writeOf(window, points.get(i))));
            if (!outlier) {
                int key = window.seriesKey();
                moved.removeIf(price -> price.seriesKey() == key);
                moved.add(new LatestPrice(key, points.get(i), window.latestAmount().isEmpty()));
            }
        }
        writer.write(runId, judged);
        return moved;
    }

    /** How the ingest writes {@code point} given its window: append a new day, insert or update a past one, or leave it. */
    public static JudgedPoint.Write writeOf(PointWindow window, SeriesPoint point) {
        if (!window.intoPast()) {
            return JudgedPoint.Write.APPEND;
        }
        Optional<BigDecimal> stored = window.stored();
        return stored.isEmpty() ? JudgedPoint.Write.INSERT
                : stored.get().compareTo(point.amount()) == 0 ? JudgedPoint.Write.NONE : JudgedPoint.Write.UPDATE;
    }
}
