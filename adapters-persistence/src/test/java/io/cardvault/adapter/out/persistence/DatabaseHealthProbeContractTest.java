package io.cardvault.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.HealthProbePort;
import io.cardvault.application.port.out.HealthProbePortContract;
import io.cardvault.domain.platform.ComponentHealth;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/** The port contract on real MariaDB, and on a data source whose server is not there. */
class DatabaseHealthProbeContractTest extends HealthProbePortContract {

    private static DataSource dataSource;

    @BeforeAll
    static void database() {
        dataSource = TestDatabase.fresh("health_contract");
    }

    @Override
    protected String component() {
        return ComponentHealth.DATABASE;
    }

    @Override
    protected HealthProbePort working() {
        return new DatabaseHealthProbe(dataSource);
    }

    @Override
    protected HealthProbePort broken() {
        try {
            return new DatabaseHealthProbe(new MariaDbDataSource(
                    "jdbc:mariadb://127.0.0.1:" + closedPort() + "/cardvault?user=root&sslMode=disable&connectTimeout=1000"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void givenWorkingDatabase_probe_namesItsProductAndVersion() {
        assertThat(new DatabaseHealthProbe(dataSource).probe().facts()).containsEntry("product", "MariaDB")
                .containsKey("version");
    }

    /** A port nothing listens on: taken from the system, then given back. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
