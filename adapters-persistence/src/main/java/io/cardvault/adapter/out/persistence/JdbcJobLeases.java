package io.cardvault.adapter.out.persistence;

import io.cardvault.application.port.out.JobLeasePort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Job leases in {@code job_lease}, one row per job: taken with one upsert that changes the row only
 * when its lease has lapsed or is this process's own, then read back (the row lock serialises two
 * nodes asking at once). Committed at once ({@code REQUIRES_NEW}), so other nodes see it while the
 * job runs. A node is named by its host and cluster port, which no two running nodes share: a node
 * restarted mid-job is the same holder and takes its lease back (a demo stopped during its first-start
 * backfill resumes it on the next start instead of waiting for the lease to lapse). Plain JDBC, not
 * JPA: the lease is one conditional upsert, which JPA cannot say.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
class JdbcJobLeases implements JobLeasePort {

    // holder first: MariaDB assigns left to right, so the until expression sees whether the holder is now this process
    private static final String TAKE = "INSERT INTO job_lease (name, holder, until) "
            + "VALUES (?, ?, UTC_TIMESTAMP(6) + INTERVAL ? SECOND) ON DUPLICATE KEY UPDATE "
            + "holder = IF(until <= UTC_TIMESTAMP(6) OR holder = VALUES(holder), VALUES(holder), holder), "
            + "until = IF(holder = VALUES(holder), VALUES(until), until)";

    private final DataSource dataSource;
    private final String holder;

    @Inject
    JdbcJobLeases(DataSource dataSource, @ConfigProperty(name = "CARDVAULT_CLUSTER_PORT") int clusterPort) {
        this(dataSource, hostName() + ":" + clusterPort);
    }

    JdbcJobLeases(DataSource dataSource, String holder) {
        this.dataSource = dataSource;
        this.holder = holder;
    }

    /** For CDI's client proxy only. */
    protected JdbcJobLeases() {
        this.dataSource = null;
        this.holder = null;
    }

    @Override
    public boolean tryAcquire(String job, Duration ttl) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement take = connection.prepareStatement(TAKE)) {
                take.setString(1, job);
                take.setString(2, holder);
                take.setLong(3, ttl.toSeconds());
                take.executeUpdate();
            }
            try (PreparedStatement read = connection.prepareStatement("SELECT holder FROM job_lease WHERE name = ?")) {
                read.setString(1, job);
                try (ResultSet rows = read.executeQuery()) {
                    return rows.next() && holder.equals(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the lease of job " + job, e);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
