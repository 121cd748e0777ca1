package io.cardvault.adapter.out.persistence.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class RowsInStepTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 14, 0);

    @Test
    void rows_past_the_last_one_read_are_asked_for_next() {
        RowsInStep inStep = new RowsInStep();
        assertThat(inStep.seen()).isZero();

        inStep.read(1, NOW, NOW);
        inStep.read(2, NOW, NOW);

        assertThat(inStep.seen()).isEqualTo(2);
        assertThat(inStep.skipped(NOW)).isEmpty();
    }

    @Test
    void an_id_skipped_next_to_a_fresh_row_is_asked_for_until_it_is_read() {
        RowsInStep inStep = new RowsInStep();
        inStep.read(1, NOW, NOW);
        inStep.read(4, NOW, NOW); // 2 and 3 were taken by transactions not committed yet

        assertThat(inStep.seen()).isEqualTo(4);
        assertThat(inStep.skipped(NOW)).containsExactlyInAnyOrder(2L, 3L);

        inStep.read(3, NOW, NOW.plusSeconds(5));

        assertThat(inStep.skipped(NOW.plusSeconds(5))).containsExactly(2L);
        assertThat(inStep.seen()).isEqualTo(4);
    }

    @Test
    void a_skipped_id_is_let_go_once_its_wait_is_over() {
        RowsInStep inStep = new RowsInStep();
        inStep.read(1, NOW, NOW);
        inStep.read(3, NOW, NOW);

        assertThat(inStep.skipped(NOW.plus(RowsInStep.SKIPPED_WAIT))).containsExactly(2L);
        assertThat(inStep.skipped(NOW.plus(RowsInStep.SKIPPED_WAIT).plusSeconds(1))).isEmpty();
    }

    @Test
    void gaps_beside_rows_kept_long_ago_are_not_looked_for() {
        RowsInStep inStep = new RowsInStep();
        LocalDateTime longAgo = NOW.minusDays(3);

        inStep.read(10, longAgo, NOW); // the first read of a table with old gaps (rollbacks, increments of 2)
        inStep.read(12, longAgo, NOW);

        assertThat(inStep.skipped(NOW)).isEmpty();
        assertThat(inStep.seen()).isEqualTo(12);
    }

    @Test
    void at_most_a_bounded_number_of_skipped_ids_is_looked_for() {
        RowsInStep inStep = new RowsInStep();

        inStep.read(1_000_000, NOW, NOW);

        assertThat(inStep.skipped(NOW)).hasSize(RowsInStep.MAX_SKIPPED);
    }
}
