package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.platform.PlatformCounter;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link LoadPlatformCountersPort} on a store that starts empty for each test. */
public abstract class LoadPlatformCountersPortContract {

    protected abstract void freshStore();

    protected abstract LoadPlatformCountersPort counters();

    /** An account, a seller when asked. */
    protected abstract void givenAccount(boolean seller);

    /** An alert of a fresh account, still active or already triggered. */
    protected abstract void givenAlert(boolean active);

    @BeforeEach
    void startEmpty() {
        freshStore();
    }

    @Test
    void givenAnEmptyStore_counts_answersEveryCounterAsZero() {
        Map<PlatformCounter, Long> counts = counters().counts();

        assertThat(counts).containsOnlyKeys(PlatformCounter.values());
        assertThat(counts.values()).containsOnly(0L);
    }

    @Test
    void givenAccountsAndAlerts_counts_countsUsersSellersAndOnlyActiveAlerts() {
        givenAccount(false);
        givenAccount(true);
        givenAlert(true);
        givenAlert(true);
        givenAlert(false);

        Map<PlatformCounter, Long> counts = counters().counts();

        assertThat(counts.get(PlatformCounter.USERS)).isEqualTo(5); // two here, one per alert
        assertThat(counts.get(PlatformCounter.SELLERS)).isEqualTo(1);
        assertThat(counts.get(PlatformCounter.ACTIVE_ALERTS)).isEqualTo(2);
        assertThat(counts.get(PlatformCounter.ACTIVE_LISTINGS)).isZero();
    }

    @Test
    void databaseSize_isNeverNegative() {
        counters().databaseSizeBytes().ifPresent(bytes -> assertThat(bytes).isNotNegative());
    }
}
