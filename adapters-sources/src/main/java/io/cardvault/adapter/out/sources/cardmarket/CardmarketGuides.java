package io.cardvault.adapter.out.sources.cardmarket;

import io.cardvault.application.port.out.price.UpstreamQuote;
import java.util.List;

/**
 * The Cardmarket parser's one public door, for code that parses a guide without fetching it (the
 * ingest benchmark measures the parser alone and feeds its quotes to the real ingest).
 */
public final class CardmarketGuides {

    private CardmarketGuides() {
    }

    /** The quotes of a price guide (the JSON Cardmarket publishes), as the source adapter reads them. */
    public static List<UpstreamQuote> quotes(byte[] json) {
        return CardmarketParser.parseGuide(json).quotes();
    }
}
