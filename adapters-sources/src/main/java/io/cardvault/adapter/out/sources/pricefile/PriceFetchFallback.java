package io.cardvault.adapter.out.sources.pricefile;

import io.cardvault.application.port.out.price.FetchOutcome;
import io.cardvault.application.port.out.price.PriceFileRequest;
import java.net.URI;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The fallback of every price source ({@link FaultTolerantPriceSource}): turns what went wrong into a
 * {@link FetchOutcome.Failed} that the ingest records as a run of that source ({@code rejected} for a
 * malformed file, {@code failed} for an unreachable upstream, a timeout or an open circuit). HTTP
 * exceptions never leave the adapter. The source is not named here (the shared policy's method is
 * declared once, so the call does not say which source it was): the ingest records and logs it.
 */
public class PriceFetchFallback implements FallbackHandler<FetchOutcome> {

    private static final Logger LOG = Logger.getLogger(PriceFetchFallback.class.getName());
    private static final String CONFIGURED_UPSTREAM = "configured upstream";

    @Override
    public FetchOutcome handle(ExecutionContext context) {
        Throwable failure = context.getFailure();
        Object[] parameters = context.getParameters();
        String upstream = parameters.length > 0 && parameters[0] instanceof PriceFileRequest request
                ? request.baseUrl().map(URI::toString).orElse(CONFIGURED_UPSTREAM)
                : CONFIGURED_UPSTREAM;
        if (failure instanceof MalformedPriceFileException) {
            LOG.warning(() -> "Price file from " + upstream + " rejected whole: " + failure.getMessage());
            return new FetchOutcome.Failed(upstream, FetchOutcome.Reason.MALFORMED, failure.getMessage());
        }
        String message;
        if (failure instanceof CircuitBreakerOpenException) {
            message = "circuit open: the source failed repeatedly, not asked again until its delay has passed";
        } else if (failure instanceof TimeoutException) {
            message = "timed out: " + failure.getMessage();
        } else {
            message = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        }
        LOG.warning(() -> "No price file from " + upstream + ": " + message);
        return new FetchOutcome.Failed(upstream, FetchOutcome.Reason.UNAVAILABLE, message);
    }
}
