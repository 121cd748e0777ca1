package io.cardvault.application.port.out.price;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which file to fetch: the source's guide as of {@code day} (a past day only where the upstream
 * keeps history: the sandbox market does), from the configured base URL or from {@code baseUrl}.
 */
public record PriceFileRequest(LocalDate day, boolean history, Optional<URI> baseUrl) {

    public PriceFileRequest {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(baseUrl, "baseUrl");
    }
}
