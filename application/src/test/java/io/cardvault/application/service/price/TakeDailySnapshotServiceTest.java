package io.cardvault.application.service.price;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.InMemoryPriceStore;
import io.cardvault.application.port.out.PricePointWrites;
import io.cardvault.application.port.out.price.SeriesPoint;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.DailySnapshotTaken;
import io.cardvault.domain.price.PriceSeries;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The daily snapshot service on the in-memory price store: the day's rows, the headlines, then the announcement. */
class TakeDailySnapshotServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);
    private static final CardId CHARIZARD = new CardId(4);
    private static final CardId BLASTOISE = new CardId(2);
    private static final PriceSeries CHARIZARD_MARKET = PriceSeries.raw(new VariantId(41), PriceSource.TCGCSV, PriceType.MARKET);
    private static final PriceSeries CHARIZARD_LOW = PriceSeries.raw(new VariantId(41), PriceSource.TCGCSV, PriceType.LOW);
    private static final PriceSeries BLASTOISE_TREND = PriceSeries.raw(new VariantId(21), PriceSource.CARDMARKET, PriceType.TREND);

    private final InMemoryPriceStore store = new InMemoryPriceStore();
    private final RecordedEvents<DailySnapshotTaken> announced = new RecordedEvents<>();
    private final TakeDailySnapshotService service = new TakeDailySnapshotService(store, announced);

    @Test
    void the_days_market_values_are_snapshotted_every_priced_card_gets_its_headline_and_the_rows_are_announced() {
        stored(CHARIZARD, CHARIZARD_MARKET, DAY.minusDays(1), "540.00");
        stored(CHARIZARD, CHARIZARD_MARKET, DAY, "550.00");
        stored(CHARIZARD, CHARIZARD_LOW, DAY, "400.00");
        stored(BLASTOISE, BLASTOISE_TREND, DAY, "120.00");

        int rows = service.takeSnapshot(DAY);

        assertThat(rows).isEqualTo(2);
        assertThat(store.snapshotAmount(CHARIZARD_MARKET, DAY)).hasValueSatisfying(amount -> assertThat(amount).isEqualByComparingTo("550"));
        assertThat(store.snapshotAmount(CHARIZARD_LOW, DAY)).as("not a market series").isEmpty();
        assertThat(store.snapshotAmount(CHARIZARD_MARKET, DAY.minusDays(1))).as("only the day is taken").isEmpty();
        assertThat(store.summarisedCards()).containsExactlyInAnyOrder(CHARIZARD, BLASTOISE);
        assertThat(announced.fired).containsExactly(new DailySnapshotTaken(DAY, 2));
    }

    @Test
    void a_day_without_prices_is_announced_with_no_rows() {
        stored(CHARIZARD, CHARIZARD_MARKET, DAY.plusDays(1), "550.00");

        assertThat(service.takeSnapshot(DAY)).isZero();
        assertThat(store.summarisedCards()).as("its only price is newer than the day").isEmpty();
        assertThat(announced.fired).containsExactly(new DailySnapshotTaken(DAY, 0));
    }

    private void stored(CardId card, PriceSeries series, LocalDate day, String amount) {
        int run = store.startRun(series.source(), "http://sandbox", new byte[20], true);
        store.moveLatest(run, PricePointWrites.append(store, store, run,
                List.of(new SeriesPoint(series, card, day, new BigDecimal(amount))), false));
    }
}
