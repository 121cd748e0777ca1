package io.cardvault.application.service.price;

import static io.cardvault.application.service.price.PriceIngestFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.price.IngestReport;
import io.cardvault.application.port.in.price.IngestScope;
import io.cardvault.application.port.out.InMemoryPriceStore;
import io.cardvault.application.port.out.WritePricePointsPort;
import io.cardvault.application.port.out.price.JudgedPoint;
import io.cardvault.application.port.out.price.PriceFile;
import io.cardvault.application.port.out.price.RunStatus;
import io.cardvault.application.port.out.price.SeriesPoint;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.price.CardPriceChange;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.HeadlinePricesChanged;
import io.cardvault.domain.price.PriceSeries;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import io.cardvault.domain.shared.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PriceFileRecorderTest {

    private static final PriceSeries MARKET_SERIES = PriceSeries.raw(CHARIZARD_UNLIMITED.variantId(), PriceSource.TCGCSV,
            PriceType.MARKET);

    private final InMemoryPriceStore store = new InMemoryPriceStore();
    private final FailingPointWriter writer = new FailingPointWriter(store);
    private final RecordedEvents<HeadlinePricesChanged> events = new RecordedEvents<>();
    private final PriceFileRecorder recorder = new PriceFileRecorder(store, store, store, writer, store, events,
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
        assertThat(store.runs()).extracting(InMemoryPriceStore.Run::status).containsExactly("ok");
    }

    @Test
    void graded_low_and_dealer_quotes_never_move_a_headline_and_an_unchanged_file_fires_nothing() {
        PriceFile file = file(PriceSource.PRICECHARTING, graded(42382, GradingCompany.PSA, "10", "30085.73"));
        recorder.record(file, mapping.points(file, IngestScope.ALL), mapping);
        assertThat(events.fired).isEmpty();

        PriceFile market = file(PriceSource.TCGCSV, tcgplayer(42382, "Holofoil", PriceType.MARKET, "572.03"));
        recorder.record(market, mapping.points(market, IngestScope.ALL), mapping);
        assertThat(events.fired).hasSize(1);

        // the same file again: every point is stored as it was, no latest price moves
        IngestReport again = recorder.record(market, mapping.points(market, IngestScope.ALL), mapping);
        assertThat(again.pointsWritten()).isZero();
        assertThat(again.cardsChanged()).isZero();
        assertThat(events.fired).hasSize(1);
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
        assertThat(store.runs()).extracting(InMemoryPriceStore.Run::status).containsExactly("ok");
        assertThat(store.lastBackfilledDay()).contains(DAY.minusDays(3));

        // the store fails: the transaction rolls back and the day was never recorded in it
        writer.failing = true;
        assertThatThrownBy(() -> recorder.record(past, mapping.points(past, IngestScope.ALL), mapping, true,
                Optional.of(DAY.minusDays(2)))).isInstanceOf(IllegalStateException.class);
        assertThat(store.lastBackfilledDay()).contains(DAY.minusDays(3));
    }

    @Test
    void a_quote_repeated_in_a_file_is_written_and_counted_once_with_its_last_amount() {
        PriceFile file = file(PriceSource.TCGCSV, tcgplayer(42382, "Holofoil", PriceType.MARKET, "570.00"),
                tcgplayer(42382, "Holofoil", PriceType.MARKET, "572.03"));

        IngestReport report = recorder.record(file, mapping.points(file, IngestScope.ALL), mapping);

        assertThat(report.pointsWritten()).isEqualTo(1);
        assertThat(store.runs().get(0).pointsWritten()).isEqualTo(1);
        assertThat(store.priceStoreStats().pricePoints()).isEqualTo(1);
        assertThat(store.amount(MARKET_SERIES, DAY)).hasValueSatisfying(amount -> assertThat(amount).isEqualByComparingTo("572.03"));
        assertThat(events.fired.get(0).changes()).extracting(CardPriceChange::marketPrice).containsExactly(Money.of("572.03", "USD"));
    }

    @Test
    void a_spike_against_a_steady_window_is_stored_as_an_outlier_and_moves_no_headline() {
        for (int back = 10; back >= 1; back--) {
            PriceFile steady = new PriceFile(PriceSource.TCGCSV, "http://sandbox/tcgcsv", DAY.minusDays(back), new byte[20], true,
                    List.of(tcgplayer(42382, "Holofoil", PriceType.MARKET, back % 2 == 0 ? "10.00" : "11.00")));
            recorder.record(steady, mapping.points(steady, IngestScope.ALL), mapping);
        }
        events.fired.clear();
        PriceFile spike = file(PriceSource.TCGCSV, tcgplayer(42382, "Holofoil", PriceType.MARKET, "110.00"));

        IngestReport report = recorder.record(spike, mapping.points(spike, IngestScope.ALL), mapping);

        assertThat(report.outliers()).isEqualTo(1);
        assertThat(report.cardsChanged()).isZero();
        assertThat(events.fired).isEmpty();
        assertThat(store.latestPrice(MARKET_SERIES)).hasValueSatisfying(amount -> assertThat(amount).isEqualByComparingTo("11.00"));
        assertThat(store.priceStoreStats().outliers()).isEqualTo(1);
    }

    /** The real fake's writer, made to fail on demand as a database that went away would. */
    private static final class FailingPointWriter implements WritePricePointsPort {
        private final WritePricePointsPort store;
        boolean failing;

        FailingPointWriter(WritePricePointsPort store) {
            this.store = store;
        }

        @Override
        public void write(int runId, List<JudgedPoint> points) {
            if (failing) {
                throw new IllegalStateException("the database went away");
            }
            store.write(runId, points);
        }
    }
}
