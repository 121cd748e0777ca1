package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.price.RunStatus;
import io.cardvault.domain.price.PriceSource;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link PriceRunLogPort}: every implementation (the in-memory fake, the MariaDB adapter)
 * must pass it. Each test uses content hashes of its own, so an implementation may keep runs between tests.
 */
public abstract class PriceRunLogPortContract {

    private static final AtomicInteger HASHES = new AtomicInteger();

    private PriceRunLogPort runs;

    protected abstract PriceRunLogPort runs();

    @BeforeEach
    void implementation() {
        runs = runs();
    }

    @Test
    void givenRunningRun_findRunWithContent_findsItOnlyOnceFinishedOk() {
        byte[] sha = sha();
        int run = runs.startRun(PriceSource.TCGCSV, "http://x", sha, false);

        assertThat(runs.findRunWithContent(PriceSource.TCGCSV, sha)).isEmpty();
        runs.finishRun(run, RunStatus.OK, 5, 5, "fine");
        assertThat(runs.findRunWithContent(PriceSource.TCGCSV, sha)).hasValue(run);
    }

    @Test
    void givenFinishedRun_findRunWithContent_isPerSourceAndHash() {
        byte[] sha = sha();
        int run = runs.startRun(PriceSource.CARDMARKET, "http://x", sha, true);
        runs.finishRun(run, RunStatus.OK, 1, 1, "fine");

        assertThat(runs.findRunWithContent(PriceSource.TCGCSV, sha)).isEmpty();
        assertThat(runs.findRunWithContent(PriceSource.CARDMARKET, sha())).isEmpty();
        assertThat(runs.findRunWithContent(PriceSource.CARDMARKET, sha)).hasValue(run);
    }

    @Test
    void givenTwoOkRunsOfOneFile_findRunWithContent_answersTheFirst() {
        byte[] sha = sha();
        int first = runs.startRun(PriceSource.PRICECHARTING, "http://x", sha, false);
        runs.finishRun(first, RunStatus.OK, 1, 1, "fine");
        int second = runs.startRun(PriceSource.PRICECHARTING, "http://x", sha, false);
        runs.finishRun(second, RunStatus.OK, 1, 0, "forced again");

        assertThat(second).isGreaterThan(first);
        assertThat(runs.findRunWithContent(PriceSource.PRICECHARTING, sha)).hasValue(first);
    }

    @Test
    void givenFailedFetch_recordFailedRun_givesItARunOfItsOwnThatNoContentMatches() {
        int before = runs.startRun(PriceSource.TCGCSV, "http://x", sha(), false);

        int failed = runs.recordFailedRun(PriceSource.TCGCSV, "http://down", false, RunStatus.FAILED, "circuit open");

        assertThat(failed).isGreaterThan(before);
        assertThat(runs.findRunWithContent(PriceSource.TCGCSV, new byte[20])).isEmpty();
    }

    private static byte[] sha() {
        byte[] sha = new byte[20];
        int n = HASHES.incrementAndGet();
        sha[0] = 1;
        sha[1] = (byte) n;
        sha[2] = (byte) (n >> 8);
        sha[3] = (byte) System.nanoTime();
        sha[4] = (byte) (System.nanoTime() >> 8);
        return sha;
    }
}
