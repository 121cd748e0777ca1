package io.cardvault.application.port.out;

import io.cardvault.application.port.out.price.PointWindow;
import io.cardvault.application.port.out.price.SeriesPoint;
import java.util.List;

/**
 * Outgoing port: what the outlier rule judges a point against, read from the store before the
 * point is written. Resolves (creating when missing) each point's series; a store may keep the
 * windows of recent series in memory, as long as what it answers is what its points say.
 */
public interface ReadOutlierWindowsPort {

    /** One window per point, in the points' order; points of one series and day-newer-than-stored share their series' window. */
    List<PointWindow> windowsOf(List<SeriesPoint> points);

    /**
     * No run of files is reading windows any more (a backfill or a day's file has been written): whatever the
     * store kept in memory for a run's next file may go now, rather than after an idle spell. The windows it
     * answers afterwards are the same; reading them may take longer.
     */
    void runsEnded();
}
