package io.cardvault.application.port.in.price;

import io.cardvault.domain.price.PriceSource;
import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Ingest {@code source}'s file for {@code day}. {@code history} asks the upstream for that past
 * day's file (only the sandbox keeps history); {@code baseUrl} overrides the configured upstream;
 * {@code force} ingests even a file whose bytes were ingested before (the upsert keeps it a no-op).
 */
public record IngestPricesCommand(PriceSource source, LocalDate day, boolean history, Optional<URI> baseUrl,
                                  boolean force, IngestScope scope) {

    public IngestPricesCommand {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(scope, "scope");
    }

    public static IngestPricesCommand latest(PriceSource source, LocalDate today) {
        return new IngestPricesCommand(source, today, false, Optional.empty(), false, IngestScope.ALL);
    }
}
