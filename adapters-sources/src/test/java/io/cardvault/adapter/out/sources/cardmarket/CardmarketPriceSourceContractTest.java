package io.cardvault.adapter.out.sources.cardmarket;

import io.cardvault.adapter.out.sources.pricefile.FaultTolerantPriceSource;
import io.cardvault.adapter.out.sources.pricefile.HttpPriceSourceContract;
import io.cardvault.adapter.out.sources.pricefile.Samples;
import io.cardvault.adapter.out.sources.pricefile.UpstreamStub;
import java.net.URI;
import java.util.List;

/** Cardmarket's adapter against an upstream serving Cardmarket's real sample files of game 6. */
class CardmarketPriceSourceContractTest extends HttpPriceSourceContract {

    private static final int GAME = 6;
    private static final String PRODUCTS = "/productList/products_singles_" + GAME + ".json";
    private static final String GUIDE = "/priceGuide/price_guide_" + GAME + ".json";

    @Override
    protected FaultTolerantPriceSource sourceAt(URI baseUrl) {
        return new CardmarketPriceSource(baseUrl.toString(), List.of(GAME));
    }

    @Override
    protected UpstreamStub publish(UpstreamStub upstream) {
        return upstream.serve(PRODUCTS, Samples.bytes("cardmarket/products_singles_6.sample.json"))
                .serve(GUIDE, Samples.bytes("cardmarket/price_guide_6.sample.json"));
    }

    @Override
    protected UpstreamStub publishCutOff(UpstreamStub upstream) {
        return upstream.serve(PRODUCTS, Samples.bytes("cardmarket/products_singles_6.sample.json"))
                .serve(GUIDE, Samples.truncated("cardmarket/price_guide_6.sample.json", 0.5));
    }
}
