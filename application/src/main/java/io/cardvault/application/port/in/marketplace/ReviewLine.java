package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.account.Username;
import io.cardvault.domain.marketplace.TransactionParty;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One received rating as a reputation shows it: stars, review, who gave it (and from which side) and when. */
public record ReviewLine(int stars, Optional<String> review, Username rater, TransactionParty raterRole, Instant at) {

    public ReviewLine {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(rater, "rater");
        Objects.requireNonNull(raterRole, "raterRole");
        Objects.requireNonNull(at, "at");
    }
}
