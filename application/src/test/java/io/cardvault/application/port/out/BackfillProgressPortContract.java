package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link BackfillProgressPort}: every implementation must pass it, each test on a fresh store. */
public abstract class BackfillProgressPortContract {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    private BackfillProgressPort progress;

    /** A fresh, empty implementation. */
    protected abstract BackfillProgressPort freshProgress();

    /** Another instance over the same stored data, as a restarted process would see it. */
    protected abstract BackfillProgressPort restarted();

    @BeforeEach
    void implementation() {
        progress = freshProgress();
    }

    @Test
    void givenNoBackfill_progress_isEmptyAndNotCompleted() {
        assertThat(progress.lastBackfilledDay()).isEmpty();
        assertThat(progress.backfillCompleted()).isFalse();
    }

    @Test
    void givenDaysRecordedOutOfOrder_lastBackfilledDay_onlyMovesForwardAndSurvivesARestart() {
        progress.recordBackfilledDay(DAY.plusDays(3));
        progress.recordBackfilledDay(DAY.plusDays(4));
        // a day recorded late (a resumed run's first, already done) never moves the progress back
        progress.recordBackfilledDay(DAY.plusDays(1));

        assertThat(progress.lastBackfilledDay()).contains(DAY.plusDays(4));
        assertThat(restarted().lastBackfilledDay()).contains(DAY.plusDays(4));
        assertThat(restarted().backfillCompleted()).isFalse();
    }

    @Test
    void givenCompletedBackfill_backfillCompleted_isTrueForARestartedProcess() {
        progress.recordBackfillCompleted(true, "3 files");

        assertThat(progress.backfillCompleted()).isTrue();
        assertThat(restarted().backfillCompleted()).isTrue();
    }
}
