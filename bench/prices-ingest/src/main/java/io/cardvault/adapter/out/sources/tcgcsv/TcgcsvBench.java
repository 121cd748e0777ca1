package io.cardvault.adapter.out.sources.tcgcsv;

import io.cardvault.application.port.out.price.UpstreamQuote;
import java.util.List;

/** The benchmark's door to the package-private tcgcsv parser. */
public final class TcgcsvBench {

    private TcgcsvBench() {
    }

    public static List<UpstreamQuote> parsePrices(byte[] json, String where) {
        return TcgcsvParser.prices(json, where);
    }
}
