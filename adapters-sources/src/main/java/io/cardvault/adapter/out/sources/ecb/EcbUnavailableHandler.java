package io.cardvault.adapter.out.sources.ecb;

import io.cardvault.application.port.out.analytics.ExchangeRatesUnavailableException;
import io.cardvault.domain.analytics.EuroReferenceRates;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;

/** After retries (or with the circuit open) the read fails as the port's exception, with the cause kept. */
public class EcbUnavailableHandler implements FallbackHandler<List<EuroReferenceRates>> {

    @Override
    public List<EuroReferenceRates> handle(ExecutionContext context) {
        Throwable failure = context.getFailure();
        throw new ExchangeRatesUnavailableException("ECB reference rates unavailable: "
                + (failure == null ? "circuit open" : failure.getMessage()), failure);
    }
}
