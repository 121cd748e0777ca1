package io.cardvault.application.port.out.price;

import java.util.Objects;

/** What asking an upstream for a file gave: the file, or why there is none (the caller records it). */
public sealed interface FetchOutcome {

    record Fetched(PriceFile file) implements FetchOutcome {
        public Fetched {
            Objects.requireNonNull(file, "file");
        }
    }

    /**
     * No file: the upstream could not be reached or kept failing ({@link Reason#UNAVAILABLE}, incl. an
     * open circuit), or what it sent was truncated or malformed and was rejected whole ({@link Reason#MALFORMED}).
     */
    record Failed(String upstream, Reason reason, String message) implements FetchOutcome {
        public Failed {
            Objects.requireNonNull(upstream, "upstream");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }

    enum Reason { UNAVAILABLE, MALFORMED }
}
