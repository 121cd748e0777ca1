package io.cardvault.adapter.out.sources.pricefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.FetchPriceFilePort;
import io.cardvault.application.port.out.FetchPriceFilePortContract;
import io.cardvault.application.port.out.price.FetchOutcome;
import io.cardvault.application.port.out.price.PriceFileRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The port's contract on a vendor's HTTP adapter: each scenario is a loopback {@link UpstreamStub}
 * serving the vendor's real sample files (read in place, see {@link Samples}), and the adapter runs
 * under its declared fallback ({@link UnderFallback}). A vendor's test says which files make its
 * upstream and how to build its adapter.
 */
public abstract class HttpPriceSourceContract extends FetchPriceFilePortContract {

    private final List<UpstreamStub> upstreams = new ArrayList<>();

    /** The vendor's adapter configured with {@code baseUrl} as its upstream. */
    protected abstract FaultTolerantPriceSource sourceAt(URI baseUrl);

    /** Serves on {@code upstream} every file of one well-formed fetch. */
    protected abstract UpstreamStub publish(UpstreamStub upstream);

    /** Serves on {@code upstream} the files of one fetch with one of them cut off mid-way. */
    protected abstract UpstreamStub publishCutOff(UpstreamStub upstream);

    @AfterEach
    void closeUpstreams() {
        upstreams.forEach(UpstreamStub::close);
    }

    @Override
    protected final FetchPriceFilePort publishing() {
        return new UnderFallback(sourceAt(publish(upstream()).baseUrl()));
    }

    @Override
    protected final FetchPriceFilePort publishingMalformed() {
        return new UnderFallback(sourceAt(publishCutOff(upstream()).baseUrl()));
    }

    @Override
    protected final FetchPriceFilePort unavailable() {
        return new UnderFallback(sourceAt(upstream().answerEverything(503).baseUrl()));
    }

    @Test
    void aRequestNamingAnotherUpstream_isFetchedFromThereAndFailsInItsName() {
        URI sandboxMarket = publish(upstream()).baseUrl();
        URI down = upstream().answerEverything(503).baseUrl();
        FetchPriceFilePort source = new UnderFallback(sourceAt(down));

        FetchOutcome fetched = source.fetch(new PriceFileRequest(DAY, false, Optional.of(sandboxMarket)));
        FetchOutcome failed = new UnderFallback(sourceAt(sandboxMarket)).fetch(new PriceFileRequest(DAY, false, Optional.of(down)));

        assertThat(fetched).isInstanceOfSatisfying(FetchOutcome.Fetched.class,
                file -> assertThat(file.file().upstream()).startsWith(sandboxMarket.toString()));
        assertThat(failed).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                failure -> assertThat(failure.upstream()).startsWith(down.toString()));
    }

    private UpstreamStub upstream() {
        UpstreamStub upstream = new UpstreamStub();
        upstreams.add(upstream);
        return upstream;
    }
}
