package io.cardvault.domain.price;

import java.time.LocalDate;

/** Domain event: the daily snapshot of {@code day} is written ({@code snapshots} rows, one per card × source × variant × grading). */
public record DailySnapshotTaken(LocalDate day, int snapshots) {

    public DailySnapshotTaken {
        InvalidPriceDataException.require(day != null, "a snapshot has a day");
        InvalidPriceDataException.require(snapshots >= 0, "a snapshot count is not negative");
    }
}
