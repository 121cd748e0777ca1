package io.cardvault.adapter.out.sources.tcgcsv;

import io.cardvault.adapter.out.sources.pricefile.FaultTolerantPriceSource;
import io.cardvault.adapter.out.sources.pricefile.HttpPriceSourceContract;
import io.cardvault.adapter.out.sources.pricefile.Samples;
import io.cardvault.adapter.out.sources.pricefile.UpstreamStub;
import java.net.URI;
import java.util.List;
import java.nio.charset.StandardCharsets;

/**
 * tcgcsv's adapter walking one category against an upstream serving tcgcsv's documented example files:
 * the categories, category 3's groups, and group 3170's products and prices.
 */
class TcgcsvPriceSourceContractTest extends HttpPriceSourceContract {

    private static final long CATEGORY = 3;
    private static final String GROUP = "/tcgplayer/3/3170";
    private static final String PRICES = "tcgcsv/tcgplayer_3_3170_prices.docs-example.json";

    @Override
    protected FaultTolerantPriceSource sourceAt(URI baseUrl) {
        return new TcgcsvPriceSource(baseUrl.toString(), List.of(CATEGORY));
    }

    @Override
    protected UpstreamStub publish(UpstreamStub upstream) {
        return walkUpToPrices(upstream).serve(GROUP + "/prices", Samples.bytes(PRICES));
    }

    @Override
    protected UpstreamStub publishCutOff(UpstreamStub upstream) {
        return walkUpToPrices(upstream).serve(GROUP + "/prices", Samples.truncated(PRICES, 0.6));
    }

    private static UpstreamStub walkUpToPrices(UpstreamStub upstream) {
        return upstream.serve("/tcgplayer/categories", Samples.bytes("tcgcsv/tcgplayer_categories.docs-example.json"))
                .serve("/tcgplayer/3/groups", Samples.bytes("tcgcsv/tcgplayer_3_groups.docs-example.json"))
                .serve(GROUP + "/products", productsListingThePricedOne());
    }

    /**
     * tcgcsv's two examples show different products of the group (the prices are of 451784, the
     * products list starts at 451396), so the walk would rightly drop every price; the products
     * example with its first entry renumbered lists the priced product, as the live files do.
     */
    private static byte[] productsListingThePricedOne() {
        String products = new String(Samples.bytes("tcgcsv/tcgplayer_3_3170_products.docs-example.json"), StandardCharsets.UTF_8);
        return products.replaceFirst("\"productId\": 451396", "\"productId\": 451784").getBytes(StandardCharsets.UTF_8);
    }
}
