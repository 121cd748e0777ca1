package io.cardvault.application.service.price;

import static io.cardvault.application.service.price.PriceIngestFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.price.IngestReport;
import io.cardvault.application.port.in.price.IngestScope;
import io.cardvault.application.port.out.StorePricesPort;
import io.cardvault.application.port.out.price.PriceFile;
import io.cardvault.application.port.out.price.RunStatus;
import io.cardvault.application.port.out.price.SeriesPoint;
import io.cardvault.application.port.out.price.StoredPoints;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.price.CardPriceChange;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.HeadlinePricesChanged;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import io.cardvault.domain.shared.Money;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class PriceFileRecorderTest {

    private final FakeStore store = new FakeStore();
    private final CapturedEvents events = new CapturedEvents();
    private final PriceFileRecorder recorder = new PriceFileRecorder(store, events,
            Clock.fixed(PriceIngestFixtures.DAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    private final QuoteMapping mapping = new QuoteMapping(CATALOGUE);

    @Test
    void the_event_names_every_card_whose_market_price_moved_with_its_set_game_source_finish_and_price() {
        PriceFile file = file(PriceSource.TCGCSV,
                tcgplayer(42382, "Holofoil", PriceType.MARKET, "572.03"),
                tcgplayer(42382, "Holofoil", PriceType.LOW, "499.00"),
                tcgplayer(95885, "Reverse Holofoil", PriceType.MARKET, "0.74"));
        List<SeriesPoint> points = mapping.points(file, IngestScope.ALL);

        IngestReport report = recorder.record(file, points, mapping);

        assertThat(events.fired).hasSize(1);
        assertThat(events.fired.get(0).changes()).containsExactly(
                new CardPriceChange(new CardId(1), new CardSetId(100), "pokemon", PriceSource.TCGCSV, "holofoil",
                        Money.of("572.03", "USD")),
                new CardPriceChange(new CardId(2), new CardSetId(200), "pokemon", PriceSource.TCGCSV, "reverse_holofoil",
                        Money.of("0.74", "USD")));
        assertThat(report.cardsChanged()).isEqualTo(2);
        assertThat(report.status()).isEqualTo("ok");
        assertThat(store.finished).containsExactly(RunStatus.OK);
    }

    @Test
    void graded_low_and_dealer_quotes_never_move_a_headline_and_an_unchanged_file_fires_nothing() {
        PriceFile file = file(PriceSource.PRICECHARTING, graded(42382, GradingCompany.PSA, "10", "30085.73"));
        recorder.record(file, mapping.points(file, IngestScope.ALL), mapping);
        assertThat(events.fired).isEmpty();

        store.nothingChanges = true;
        PriceFile again = file(PriceSource.TCGCSV, tcgplayer(42382, "Holofoil", PriceType.MARKET, "572.03"));
        recorder.record(again, mapping.points(again, IngestScope.ALL), mapping);
        assertThat(events.fired).isEmpty();
    }

    @Test
    void a_past_days_file_being_backfilled_is_stored_but_not_announced() {
        PriceFile today = file(PriceSource.TCGCSV, tcgplayer(42382, "Holofoil", PriceType.MARKET, "572.03"));
        PriceFile past = new PriceFile(today.source(), today.upstream(), PriceIngestFixtures.DAY.minusDays(10), today.sha1(),
                today.sandbox(), today.quotes());

        IngestReport report = recorder.record(past, mapping.points(past, IngestScope.ALL), mapping);

        assertThat(report.pointsWritten()).isPositive();
        assertThat(events.fired).isEmpty();
    }

    @Test
    void a_backfilled_day_whose_latest_prices_wait_for_settling_counts_no_headline_change() {
        PriceFile today = file(PriceSource.TCGCSV, tcgplayer(42382, "Holofoil", PriceType.MARKET, "572.03"));

        IngestReport report = recorder.record(today, mapping.points(today, IngestScope.ALL), mapping, true);

        assertThat(report.pointsWritten()).isPositive();
        assertThat(report.cardsChanged()).isZero();
        assertThat(events.fired).isEmpty();
    }

    @Test
    void the_last_file_of_a_backfilled_day_records_the_day_once_its_points_and_run_are_stored_and_a_failed_one_never_does() {
        PriceFile past = new PriceFile(PriceSource.PRICECHARTING, "http://sandbox/pricecharting", DAY.minusDays(3), new byte[20],
                true, List.of(graded(42382, GradingCompany.PSA, "10", "30085.73")));

        recorder.record(past, mapping.points(past, IngestScope.ALL), mapping, true, Optional.of(DAY.minusDays(3)));
        assertThat(store.calls).containsExactly("store", "finish OK", "backfilled " + DAY.minusDays(3));

        // the store fails: the transaction rolls back and the day was never recorded in it
        store.calls.clear();
        store.failing = true;
        assertThatThrownBy(() -> recorder.record(past, mapping.points(past, IngestScope.ALL), mapping, true,
                Optional.of(DAY.minusDays(2)))).isInstanceOf(IllegalStateException.class);
        assertThat(store.calls).noneMatch(call -> call.startsWith("backfilled"));
    }

    /** Stores nothing; says every point became its series' new latest (unless told nothing changes). */
    private static final class FakeStore implements StorePricesPort {
        boolean nothingChanges;
        boolean failing;
        final List<RunStatus> finished = new ArrayList<>();
        final List<String> calls = new ArrayList<>();

        @Override
        public OptionalInt findRunWithContent(PriceSource source, byte[] sha1) {
            return OptionalInt.empty();
        }

        @Override
        public int startRun(PriceSource source, String upstream, byte[] sha1, boolean sandbox) {
            return 7;
        }

        @Override
        public void finishRun(int runId, RunStatus status, int pointsRead, int pointsWritten, String message) {
            finished.add(status);
            calls.add("finish " + status);
        }

        @Override
        public void recordBackfilledDay(LocalDate day) {
            calls.add("backfilled " + day);
        }

        @Override
        public int recordFailedRun(PriceSource source, String upstream, boolean sandbox, RunStatus status, String message) {
            return 8;
        }

        @Override
        public void recordBackfillCompleted(boolean sandbox, String message) {
            throw new UnsupportedOperationException("the recorder never backfills");
        }

        @Override
        public boolean backfillCompleted() {
            return false;
        }

        @Override
        public StoredPoints store(int runId, List<SeriesPoint> points) {
            return nothingChanges ? new StoredPoints(0, 0, List.of()) : new StoredPoints(points.size(), 0, points);
        }

        /** As the JDBC store: a backfilled day's latest prices wait for settling, so none of them changed. */
        @Override
        public StoredPoints storeHistory(int runId, List<SeriesPoint> points) {
            if (failing) {
                throw new IllegalStateException("the database went away");
            }
            calls.add("store");
            return new StoredPoints(points.size(), 0, List.of());
        }
    }

    private static final class CapturedEvents implements Event<HeadlinePricesChanged> {
        final List<HeadlinePricesChanged> fired = new ArrayList<>();

        @Override
        public void fire(HeadlinePricesChanged event) {
            fired.add(event);
        }

        @Override
        public <U extends HeadlinePricesChanged> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException("the recorder fires synchronously inside its transaction");
        }

        @Override
        public <U extends HeadlinePricesChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException("the recorder fires synchronously inside its transaction");
        }

        @Override
        public Event<HeadlinePricesChanged> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends HeadlinePricesChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends HeadlinePricesChanged> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
