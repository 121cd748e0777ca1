package io.cardvault.adapter.out.sources.cardmarket;

import io.cardvault.application.port.out.price.UpstreamQuote;
import java.time.LocalDate;
import java.util.List;

/** The benchmark's door to the package-private Cardmarket parser. */
public final class CardmarketBench {

    private CardmarketBench() {
    }

    public record Parsed(LocalDate createdOn, List<UpstreamQuote> quotes) {
    }

    public static Parsed parseGuide(byte[] json) {
        CardmarketParser.Guide guide = CardmarketParser.parseGuide(json);
        return new Parsed(guide.createdOn(), guide.quotes());
    }
}
