package io.cardvault.adapter.out.sources.pricecharting;

import io.cardvault.adapter.out.sources.pricefile.FaultTolerantPriceSource;
import io.cardvault.adapter.out.sources.pricefile.HttpPriceSourceContract;
import io.cardvault.adapter.out.sources.pricefile.Samples;
import io.cardvault.adapter.out.sources.pricefile.UpstreamStub;
import java.net.URI;
import java.util.Arrays;

/** PriceCharting's adapter against an upstream serving PriceCharting's real sample guide. */
class PriceChartingPriceSourceContractTest extends HttpPriceSourceContract {

    private static final String GUIDE = "/price-guide/download-custom";
    private static final String SAMPLE = "pricecharting/price-guide.pokemon.sample.csv";

    @Override
    protected FaultTolerantPriceSource sourceAt(URI baseUrl) {
        return new PriceChartingPriceSource(baseUrl.toString(), "subscriber-token", PriceChartingFormat.POKEMON_CATEGORY);
    }

    @Override
    protected UpstreamStub publish(UpstreamStub upstream) {
        return upstream.serve(GUIDE, Samples.bytes(SAMPLE));
    }

    @Override
    protected UpstreamStub publishCutOff(UpstreamStub upstream) {
        byte[] sample = Samples.bytes(SAMPLE);
        // ends inside the last row's fields, as a dropped download does
        return upstream.serve(GUIDE, Arrays.copyOf(sample, sample.length - 120));
    }
}
