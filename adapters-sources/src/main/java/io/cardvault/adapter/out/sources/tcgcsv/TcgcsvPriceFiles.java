package io.cardvault.adapter.out.sources.tcgcsv;

import io.cardvault.application.port.out.price.UpstreamQuote;
import java.util.List;

/**
 * The tcgcsv parser's one public door, for code that parses a group's prices file without fetching
 * it (the ingest benchmark measures the parser alone and feeds its quotes to the real ingest).
 */
public final class TcgcsvPriceFiles {

    private TcgcsvPriceFiles() {
    }

    /** The quotes of one group's prices file; {@code where} names it in a parse error. */
    public static List<UpstreamQuote> quotes(byte[] json, String where) {
        return TcgcsvParser.prices(json, where);
    }
}
