package io.cardvault.adapter.out.persistence;

import io.cardvault.domain.platform.ComponentHealth;
import io.cardvault.application.port.out.HealthProbePort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

/** Probes the database with a pooled connection's validity check. */
@ApplicationScoped
class DatabaseHealthProbe implements HealthProbePort {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;

    @Inject
    DatabaseHealthProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** For CDI's client proxy only. */
    protected DatabaseHealthProbe() {
        this.dataSource = null;
    }

    @Override
    public ComponentHealth probe() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                return ComponentHealth.down(ComponentHealth.DATABASE, "connection is not valid");
            }
            DatabaseMetaData meta = connection.getMetaData();
            return ComponentHealth.up(ComponentHealth.DATABASE, Map.of(
                    "product", meta.getDatabaseProductName(),
                    "version", meta.getDatabaseProductVersion()));
        } catch (SQLException e) {
            return ComponentHealth.down(ComponentHealth.DATABASE, e.getClass().getSimpleName());
        }
    }
}
