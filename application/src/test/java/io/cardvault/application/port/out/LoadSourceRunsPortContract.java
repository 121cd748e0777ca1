package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.platform.SourceRunState;
import io.cardvault.application.port.out.price.RunStatus;
import io.cardvault.domain.price.PriceSource;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link LoadSourceRunsPort} on a run log that starts empty for each test; runs are given oldest first. */
public abstract class LoadSourceRunsPortContract {

    protected abstract void freshStore();

    protected abstract LoadSourceRunsPort runs();

    /** A finished run of the source with that outcome and message (null: none). */
    protected abstract void givenRun(PriceSource source, RunStatus status, String message);

    @BeforeEach
    void startEmpty() {
        freshStore();
    }

    @Test
    void givenNoRuns_latestRuns_isEmpty() {
        assertThat(runs().latestRuns()).isEmpty();
    }

    @Test
    void givenRuns_latestRuns_answersEachSourcesLastWithTheFailuresSinceItsLastSuccess() {
        givenRun(PriceSource.CARDMARKET, RunStatus.FAILED, "timed out");
        givenRun(PriceSource.CARDMARKET, RunStatus.OK, null);
        givenRun(PriceSource.TCGCSV, RunStatus.OK, null);
        givenRun(PriceSource.TCGCSV, RunStatus.FAILED, "HTTP 503");
        givenRun(PriceSource.TCGCSV, RunStatus.FAILED, SourceRunState.CIRCUIT_OPEN + ": the source failed repeatedly");

        Map<PriceSource, SourceRunState> latest = runs().latestRuns();

        assertThat(latest).containsOnlyKeys(PriceSource.CARDMARKET, PriceSource.TCGCSV);
        assertThat(latest.get(PriceSource.CARDMARKET).status()).isEqualTo(RunStatus.OK);
        assertThat(latest.get(PriceSource.CARDMARKET).failuresInARow()).isZero();
        assertThat(latest.get(PriceSource.TCGCSV).status()).isEqualTo(RunStatus.FAILED);
        assertThat(latest.get(PriceSource.TCGCSV).failuresInARow()).isEqualTo(2);
        assertThat(latest.get(PriceSource.TCGCSV).circuitOpen()).isTrue();
    }
}
