package io.cardvault.adapter.out.sources.pricefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.price.PriceFileRequest;
import java.lang.reflect.Method;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.junit.jupiter.api.Test;

/** The price sources run under the one shared policy, with the time limits they had before it was shared. */
class FaultTolerantPriceSourceTest {

    private static final List<String> SOURCES = List.of(
            "io.cardvault.adapter.out.sources.cardmarket.CardmarketPriceSource",
            "io.cardvault.adapter.out.sources.pricecharting.PriceChartingPriceSource",
            "io.cardvault.adapter.out.sources.tcgcsv.TcgcsvPriceSource");

    @Test
    void every_source_extends_the_policy_and_none_declares_its_own_fetch() throws Exception {
        for (String name : SOURCES) {
            Class<?> source = Class.forName(name);
            assertThat(FaultTolerantPriceSource.class).as(name).isAssignableFrom(source);
            // an overriding fetch would carry none of the policy's annotations
            assertThat(source.getMethod("fetch", PriceFileRequest.class).getDeclaringClass()).as(name)
                    .isEqualTo(FaultTolerantPriceSource.class);
        }
    }

    @Test
    void the_policy_retries_twice_opens_after_three_failures_in_four_and_falls_back() throws Exception {
        Method fetch = FaultTolerantPriceSource.class.getMethod("fetch", PriceFileRequest.class);

        Retry retry = fetch.getAnnotation(Retry.class);
        assertThat(retry.maxRetries()).isEqualTo(2);
        assertThat(retry.delay()).isEqualTo(1_000);
        assertThat(retry.abortOn()).containsExactly(MalformedPriceFileException.class);
        CircuitBreaker circuit = fetch.getAnnotation(CircuitBreaker.class);
        assertThat(circuit.requestVolumeThreshold()).isEqualTo(4);
        assertThat(circuit.failureRatio()).isEqualTo(0.75);
        assertThat(circuit.delay()).isEqualTo(30_000);
        assertThat(circuit.skipOn()).containsExactly(MalformedPriceFileException.class);
        assertThat(fetch.getAnnotation(Fallback.class).value()).isEqualTo(PriceFetchFallback.class);
        assertThat(fetch.getAnnotation(Timeout.class)).as("the time limit is the class's, so a source can state its own")
                .isNull();
    }

    @Test
    void a_file_may_take_three_minutes_and_the_tcgcsv_walk_five() throws Exception {
        assertThat(Class.forName(SOURCES.get(0)).getAnnotation(Timeout.class).value()).isEqualTo(180_000);
        assertThat(Class.forName(SOURCES.get(1)).getAnnotation(Timeout.class).value()).isEqualTo(180_000);
        assertThat(Class.forName(SOURCES.get(2)).getAnnotation(Timeout.class).value()).isEqualTo(300_000);
    }
}
