package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.account.Username;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An account's reputation: ratings received, their average (none without ratings), the newest reviews. */
public record ReputationView(Username username, long count, Optional<BigDecimal> average, List<ReviewLine> recent) {

    public ReputationView {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(average, "average");
        recent = List.copyOf(recent);
    }
}
