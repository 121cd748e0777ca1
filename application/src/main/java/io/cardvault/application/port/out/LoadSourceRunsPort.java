package io.cardvault.application.port.out;

import io.cardvault.application.port.out.platform.SourceRunState;
import io.cardvault.domain.price.PriceSource;
import java.util.Map;

/** Outgoing port: each price source's latest ingest run, read from the run log (sources that never ran are absent). */
public interface LoadSourceRunsPort {

    Map<PriceSource, SourceRunState> latestRuns();
}
