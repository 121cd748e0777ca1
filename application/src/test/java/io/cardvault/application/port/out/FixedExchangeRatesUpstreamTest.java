package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.out.analytics.ExchangeRatesUnavailableException;
import io.cardvault.domain.analytics.EuroReferenceRates;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fake keeps the upstream's contract. */
class FixedExchangeRatesUpstreamTest extends ReadExchangeRatesPortContract {

    @Override
    protected ReadExchangeRatesPort upstreamPublishing(List<EuroReferenceRates> days) {
        List<EuroReferenceRates> newestFirst = new ArrayList<>(days); // as the ECB lists them: the fake sorts
        Collections.reverse(newestFirst);
        return new FixedExchangeRatesUpstream(newestFirst);
    }

    @Test
    void givenAnUnavailableUpstream_read_throwsThePortsException() {
        assertThatThrownBy(() -> new FixedExchangeRatesUpstream(PUBLISHED).unavailable().read())
                .isInstanceOf(ExchangeRatesUnavailableException.class);
    }
}
