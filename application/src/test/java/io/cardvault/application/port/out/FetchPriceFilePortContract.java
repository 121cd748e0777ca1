package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.price.FetchOutcome;
import io.cardvault.application.port.out.price.PriceFile;
import io.cardvault.application.port.out.price.PriceFileRequest;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link FetchPriceFilePort}: every implementation (the in-memory fake, each vendor's
 * adapter over HTTP) must pass it. What the ingest relies on: a fetched file is its source's, parsed
 * whole and hashed by its content (the same file twice is the same hash, so a re-run is recognised);
 * upstream trouble is a {@link FetchOutcome.Failed} with the reason the run log records, never an
 * exception.
 */
public abstract class FetchPriceFilePortContract {

    /** The day every request of the contract asks for. */
    protected static final LocalDate DAY = LocalDate.of(2026, 7, 26);

    /** A source whose upstream publishes a well-formed file for {@link #DAY}. */
    protected abstract FetchPriceFilePort publishing();

    /** A source whose upstream serves a file for {@link #DAY} that is cut off or otherwise unreadable as a whole. */
    protected abstract FetchPriceFilePort publishingMalformed();

    /** A source whose upstream does not serve {@link #DAY}'s file (down, or answering with an error). */
    protected abstract FetchPriceFilePort unavailable();

    private static PriceFileRequest today() {
        return new PriceFileRequest(DAY, false, Optional.empty());
    }

    @Test
    void givenPublishedFile_fetch_returnsItParsedAsTheSourcesFile() {
        FetchPriceFilePort source = publishing();

        FetchOutcome outcome = source.fetch(today());

        assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
        PriceFile file = ((FetchOutcome.Fetched) outcome).file();
        assertThat(file.source()).isEqualTo(source.source());
        assertThat(file.quotes()).isNotEmpty();
        assertThat(file.upstream()).isNotBlank();
        assertThat(file.sha1()).as("a SHA-1 digest").hasSize(20);
    }

    @Test
    void givenTheSameFileFetchedTwice_fetch_hashesAndParsesItAlike() {
        FetchPriceFilePort source = publishing();

        PriceFile first = ((FetchOutcome.Fetched) source.fetch(today())).file();
        PriceFile second = ((FetchOutcome.Fetched) source.fetch(today())).file();

        assertThat(second.sha1()).isEqualTo(first.sha1());
        assertThat(second.quotes()).isEqualTo(first.quotes());
        assertThat(second.asOf()).isEqualTo(first.asOf());
    }

    @Test
    void givenMalformedFile_fetch_failsAsMalformedWithoutThrowing() {
        FetchOutcome outcome = publishingMalformed().fetch(today());

        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, failed -> {
            assertThat(failed.reason()).isEqualTo(FetchOutcome.Reason.MALFORMED);
            assertThat(failed.message()).isNotBlank();
        });
    }

    @Test
    void givenUpstreamServingNothing_fetch_failsAsUnavailableWithoutThrowing() {
        FetchOutcome outcome = unavailable().fetch(today());

        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, failed -> {
            assertThat(failed.reason()).isEqualTo(FetchOutcome.Reason.UNAVAILABLE);
            assertThat(failed.message()).isNotBlank();
            assertThat(failed.upstream()).isNotBlank();
        });
    }
}
