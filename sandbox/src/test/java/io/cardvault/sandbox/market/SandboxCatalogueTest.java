package io.cardvault.sandbox.market;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.PricedVariant;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The sandbox reads the catalogue's variants once for a run of files, and lets them go once the run is long over. */
class SandboxCatalogueTest {

    private static final PricedVariant HOLO = new PricedVariant(new VariantId(1), new CardId(1), new CardSetId(1), "pokemon",
            "base1", "Base Set", LocalDate.of(1999, 1, 9), "Charizard", "4/102", "Rare Holo", "holofoil", true, 273699L,
            42382L, 604L, PrintRun.UNLIMITED);

    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong clock = new AtomicLong();
    /** The tasks the catalogue asked to run later, with their delays; run by hand. */
    private final List<Runnable> scheduled = new ArrayList<>();
    private final List<Duration> delays = new ArrayList<>();
    private List<PricedVariant> catalogue = List.of(HOLO);
    private final SandboxCatalogue sandbox = new SandboxCatalogue(() -> {
        reads.incrementAndGet();
        return catalogue;
    }, clock::get, (task, delay) -> {
        scheduled.add(task);
        delays.add(delay);
    });

    @Test
    void the_variants_are_read_once_for_a_run_of_files_and_let_go_ten_minutes_after_the_read() {
        assertThat(sandbox.variants()).containsExactly(HOLO);
        clock.addAndGet(Duration.ofMinutes(9).toNanos());
        assertThat(sandbox.variants()).containsExactly(HOLO);
        assertThat(reads).hasValue(1);
        assertThat(delays).containsExactly(SandboxCatalogue.KEEP);

        scheduled.get(0).run();

        assertThat(sandbox.holdsVariants()).isFalse();
        assertThat(sandbox.variants()).containsExactly(HOLO);
        assertThat(reads).hasValue(2);
    }

    @Test
    void a_snapshot_taken_again_stays_when_the_older_ones_time_is_up() {
        sandbox.variants();
        clock.addAndGet(Duration.ofMinutes(11).toNanos());
        sandbox.variants();
        assertThat(reads).hasValue(2);

        scheduled.get(0).run();
        assertThat(sandbox.holdsVariants()).isTrue();
        sandbox.variants();
        assertThat(reads).hasValue(2);

        scheduled.get(1).run();
        assertThat(sandbox.holdsVariants()).isFalse();
    }

    @Test
    void an_empty_catalogue_still_importing_is_neither_kept_nor_scheduled_to_go() {
        catalogue = List.of();
        assertThat(sandbox.variants()).isEmpty();
        assertThat(sandbox.variants()).isEmpty();

        assertThat(reads).hasValue(2);
        assertThat(scheduled).isEmpty();
        assertThat(sandbox.holdsVariants()).isFalse();
    }
}
