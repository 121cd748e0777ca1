package io.cardvault.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two nodes asking for the same job's lease on real MariaDB (embedded). */
class JdbcJobLeasesTest {

    private static final Duration HOURS = Duration.ofHours(6);

    private DataSource dataSource;
    private JdbcJobLeases nodeA;
    private JdbcJobLeases nodeB;

    @BeforeEach
    void database() {
        dataSource = TestDatabase.fresh("job_leases");
        nodeA = new JdbcJobLeases(dataSource, "node-a/1");
        nodeB = new JdbcJobLeases(dataSource, "node-b/1");
    }

    @Test
    void the_first_node_takes_the_job_and_the_other_skips_it_while_the_lease_lasts() throws SQLException {
        assertThat(nodeA.tryAcquire("prices-daily", HOURS)).isTrue();
        assertThat(nodeB.tryAcquire("prices-daily", HOURS)).isFalse();
        assertThat(nodeA.tryAcquire("prices-daily", HOURS)).isTrue(); // its own lease: taken again, renewed

        assertThat(query("SELECT holder FROM job_lease WHERE name = 'prices-daily'")).isEqualTo("node-a/1");
        assertThat(query("SELECT TIMESTAMPDIFF(MINUTE, UTC_TIMESTAMP(6), until) FROM job_lease")).isIn("359", "360");
    }

    @Test
    void a_lapsed_lease_goes_to_the_next_node_that_asks() throws SQLException {
        assertThat(nodeA.tryAcquire("prices-daily", HOURS)).isTrue();
        // node A died mid-run: its lease runs out
        sql("UPDATE job_lease SET until = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND");

        assertThat(nodeB.tryAcquire("prices-daily", HOURS)).isTrue();
        assertThat(nodeA.tryAcquire("prices-daily", HOURS)).isFalse();
        assertThat(query("SELECT holder FROM job_lease WHERE name = 'prices-daily'")).isEqualTo("node-b/1");
    }

    @Test
    void leases_of_different_jobs_do_not_meet() {
        assertThat(nodeA.tryAcquire("prices-daily", HOURS)).isTrue();
        assertThat(nodeB.tryAcquire("another-job", HOURS)).isTrue();
    }

    private void sql(String statement) throws SQLException {
        TestDatabase.execute(dataSource, statement);
    }

    private String query(String select) throws SQLException {
        return TestDatabase.queryText(dataSource, select);
    }
}
