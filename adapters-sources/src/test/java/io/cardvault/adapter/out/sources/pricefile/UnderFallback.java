package io.cardvault.adapter.out.sources.pricefile;

import io.cardvault.application.port.out.FetchPriceFilePort;
import io.cardvault.application.port.out.price.FetchOutcome;
import io.cardvault.application.port.out.price.PriceFileRequest;
import io.cardvault.domain.price.PriceSource;
import java.lang.reflect.Method;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;

/**
 * A price source as the fault-tolerance runtime presents it to the ingest, minus retries and the
 * circuit: what {@link FaultTolerantPriceSource#fetch} throws goes to its declared
 * {@link PriceFetchFallback}, as the runtime's {@code @Fallback} does in the server. Unit tests have
 * no FT interceptor; this lets the port's contract ("never throws for upstream trouble") be checked
 * on the real adapter and its real fallback handler.
 */
final class UnderFallback implements FetchPriceFilePort {

    private final FaultTolerantPriceSource adapter;

    UnderFallback(FaultTolerantPriceSource adapter) {
        this.adapter = adapter;
    }

    @Override
    public PriceSource source() {
        return adapter.source();
    }

    @Override
    public FetchOutcome fetch(PriceFileRequest request) {
        try {
            return adapter.fetch(request);
        } catch (RuntimeException failure) {
            return new PriceFetchFallback().handle(new ExecutionContext() {
                @Override
                public Method getMethod() {
                    try {
                        return FaultTolerantPriceSource.class.getMethod("fetch", PriceFileRequest.class);
                    } catch (NoSuchMethodException e) {
                        throw new IllegalStateException("the policy declares fetch", e);
                    }
                }

                @Override
                public Object[] getParameters() {
                    return new Object[] {request};
                }

                @Override
                public Throwable getFailure() {
                    return failure;
                }
            });
        }
    }
}
