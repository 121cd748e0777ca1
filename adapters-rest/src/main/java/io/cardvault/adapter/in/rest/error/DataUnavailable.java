package io.cardvault.adapter.in.rest.error;

import io.cardvault.adapter.in.http.DataStoreReach;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The data store is out of reach: 503 {@code csm_data_unavailable} with {@code Retry-After}, the
 * v2 contract's answer, for every route. The persistence adapters name the catalogue's read
 * failures themselves ({@code CatalogueReadFailedException}); any other use case meets a dead
 * database as whatever the JPA provider, the connection pool or the transaction manager wrapped
 * around the driver's refusal, so {@link #answer} asks {@link DataStoreReach} to find the refusal
 * along the cause chain.
 */
final class DataUnavailable {

    private static final Logger LOG = Logger.getLogger(DataUnavailable.class.getName());

    private DataUnavailable() {
    }

    static Response response() {
        return Response.fromResponse(ErrorResponse.of(Response.Status.SERVICE_UNAVAILABLE, DataStoreReach.UNAVAILABLE_DETAIL))
                .header(HttpHeaders.RETRY_AFTER, DataStoreReach.RETRY_AFTER_SECONDS).build();
    }

    /** The 503 when {@code failure} comes from an unreachable database; empty for anything else. */
    static Optional<Response> answer(Throwable failure) {
        if (!DataStoreReach.unreachable(failure)) {
            return Optional.empty();
        }
        LOG.log(Level.WARNING, "Database unreachable", failure);
        return Optional.of(response());
    }
}
