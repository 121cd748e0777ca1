package io.cardvault.application.port.in.price;

import java.time.LocalDate;

/** Use case: write the day's price snapshot and every card's headline summary; returns the snapshot rows. */
public interface TakeDailySnapshotUseCase {

    int takeSnapshot(LocalDate day);
}
