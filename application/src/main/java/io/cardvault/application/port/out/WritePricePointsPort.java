package io.cardvault.application.port.out;

import io.cardvault.application.port.out.price.JudgedPoint;
import java.util.List;

/**
 * Outgoing port: writes judged price points as they were judged (flag and all), counting the rows
 * it adds. Joins the caller's transaction; the windows read through {@link ReadOutlierWindowsPort}
 * afterwards include what it wrote once that transaction commits.
 */
public interface WritePricePointsPort {

    /** Writes {@code points} (each series and day at most once) under run {@code runId}. */
    void write(int runId, List<JudgedPoint> points);
}
