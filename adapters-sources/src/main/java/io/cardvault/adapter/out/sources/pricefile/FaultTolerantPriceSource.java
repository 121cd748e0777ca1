package io.cardvault.adapter.out.sources.pricefile;

import io.cardvault.application.port.out.FetchPriceFilePort;
import io.cardvault.application.port.out.price.FetchOutcome;
import io.cardvault.application.port.out.price.PriceFileRequest;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The one fault-tolerance policy of the price sources. A fetch is retried twice, a second apart (a
 * malformed file is not: it would be as malformed again); three failures in four calls open the
 * source's circuit for 30 s (a malformed file does not count: the upstream answered); whatever went
 * wrong becomes a failed outcome through {@link PriceFetchFallback}, so nothing HTTP leaves the
 * adapter. A source extends this class and implements {@link #download}, never {@link #fetch}
 * (annotations on an overriding method would replace this policy). How long one file may take is
 * the class's {@code @Timeout}: three minutes here, for a source of one or two files; a source that
 * walks many files states its own on its class. The FT runtime keeps a circuit per bean and method,
 * so every source still has a circuit of its own.
 */
@Timeout(180_000)
public abstract class FaultTolerantPriceSource implements FetchPriceFilePort {

    @Override
    @Retry(maxRetries = 2, delay = 1_000, jitter = 500, abortOn = MalformedPriceFileException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000, successThreshold = 1,
            skipOn = MalformedPriceFileException.class)
    @Fallback(PriceFetchFallback.class)
    public FetchOutcome fetch(PriceFileRequest request) {
        return download(request);
    }

    /**
     * Fetches and fully parses one file. Throws {@link MalformedPriceFileException} for a file that
     * cannot be read whole and {@link UpstreamUnavailableException} for an upstream that did not
     * answer; the policy of {@link #fetch} decides what follows.
     */
    protected abstract FetchOutcome download(PriceFileRequest request);
}
