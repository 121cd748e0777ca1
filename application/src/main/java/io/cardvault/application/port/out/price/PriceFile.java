package io.cardvault.application.port.out.price;

import io.cardvault.domain.price.PriceSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An upstream file read to its end and fully parsed: what it says, for which day, where it came
 * from, and a SHA-1 of its bytes so an identical file is recognised. {@code sandbox} is true when
 * it came from the sandbox market, never a real marketplace.
 */
public record PriceFile(PriceSource source, String upstream, LocalDate asOf, byte[] sha1, boolean sandbox,
                        List<UpstreamQuote> quotes) {

    public PriceFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(upstream, "upstream");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(sha1, "sha1");
        quotes = List.copyOf(quotes);
    }
}
