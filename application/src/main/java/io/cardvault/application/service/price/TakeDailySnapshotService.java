package io.cardvault.application.service.price;

import io.cardvault.application.port.in.price.TakeDailySnapshotUseCase;
import io.cardvault.application.port.out.TakePriceSnapshotPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.price.DailySnapshotTaken;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** Writes the day's snapshot and the per-card headline summary in one transaction, then announces it. */
@UseCase
public class TakeDailySnapshotService implements TakeDailySnapshotUseCase {

    private final TakePriceSnapshotPort snapshots;
    private final Event<DailySnapshotTaken> snapshotTaken;

    @Inject
    public TakeDailySnapshotService(TakePriceSnapshotPort snapshots, Event<DailySnapshotTaken> snapshotTaken) {
        this.snapshots = snapshots;
        this.snapshotTaken = snapshotTaken;
    }

    /** For CDI's client proxy only. */
    protected TakeDailySnapshotService() {
        this.snapshots = null;
        this.snapshotTaken = null;
    }

    @Override
    public int takeSnapshot(LocalDate day) {
        int rows = snapshots.snapshot(day, day);
        snapshots.summarise(day);
        snapshotTaken.fire(new DailySnapshotTaken(day, rows));
        return rows;
    }
}
