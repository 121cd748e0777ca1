package io.cardvault.application.port.in.price;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Use case: the scheduled daily price run — each source's latest file, then the day's snapshot — on
 * one node of the cluster; empty when another node is running it.
 */
public interface RunDailyPricesUseCase {

    Optional<DailyPriceRun> runDaily(LocalDate day);
}
