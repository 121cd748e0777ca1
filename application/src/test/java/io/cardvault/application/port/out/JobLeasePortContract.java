package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link JobLeasePort}: every implementation (the in-memory fake, the MariaDB adapter)
 * must pass it. Two nodes share one fresh store of leases in each test.
 */
public abstract class JobLeasePortContract {

    private static final Duration HOURS = Duration.ofHours(6);

    private JobLeasePort nodeA;
    private JobLeasePort nodeB;

    /** A fresh, empty store of leases. */
    protected abstract void freshStore();

    /** The port as the node {@code holder} sees the store. */
    protected abstract JobLeasePort node(String holder);

    @BeforeEach
    void twoNodes() {
        freshStore();
        nodeA = node("node-a/1");
        nodeB = node("node-b/1");
    }

    @Test
    void givenFreeJob_tryAcquire_givesItToTheFirstNodeWhichMayRenewItWhileTheOtherSkips() {
        assertThat(nodeA.tryAcquire("prices-daily", HOURS)).isTrue();
        assertThat(nodeB.tryAcquire("prices-daily", HOURS)).isFalse();
        assertThat(nodeA.tryAcquire("prices-daily", HOURS)).isTrue();
    }

    @Test
    void givenLapsedLease_tryAcquire_givesTheJobToTheNextNodeThatAsks() throws InterruptedException {
        assertThat(nodeA.tryAcquire("prices-daily", Duration.ofMillis(1))).isTrue();
        Thread.sleep(50); // node A died mid-run: its lease runs out

        assertThat(nodeB.tryAcquire("prices-daily", HOURS)).isTrue();
        assertThat(nodeA.tryAcquire("prices-daily", HOURS)).isFalse();
    }

    @Test
    void givenTwoJobs_tryAcquire_leasesEachOnItsOwn() {
        assertThat(nodeA.tryAcquire("prices-daily", HOURS)).isTrue();
        assertThat(nodeB.tryAcquire("another-job", HOURS)).isTrue();
    }
}
