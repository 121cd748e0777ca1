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
}
