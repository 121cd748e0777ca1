package io.cardvault.application.port.out;

import io.cardvault.application.port.out.price.RunStatus;
import io.cardvault.domain.price.PriceSource;
import java.time.Instant;

/** The fake obeys the same contract as the JDBC run log reader. */
class InMemorySourceRunsTest extends LoadSourceRunsPortContract {

    private InMemorySourceRuns fake;
    private Instant clock = Instant.parse("2026-12-07T04:30:00Z");

    @Override
    protected void freshStore() {
        fake = new InMemorySourceRuns();
    }

    @Override
    protected LoadSourceRunsPort runs() {
        return fake;
    }

    @Override
    protected void givenRun(PriceSource source, RunStatus status, String message) {
        clock = clock.plusSeconds(60);
        fake.run(source, status, message, clock);
    }
}
