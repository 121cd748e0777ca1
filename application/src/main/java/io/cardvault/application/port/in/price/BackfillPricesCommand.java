package io.cardvault.application.port.in.price;

import io.cardvault.domain.price.PriceSource;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Backfill daily history up to {@code today}: {@code days} back for every priced card (headline
 * series), {@code showcaseDays} back for the {@link Showcase} cards (headline and graded series);
 * {@code today} itself is ingested with every series. {@code once}: do nothing when a backfill
 * ran to its end before (the first-start backfill). {@code upstreams} overrides a source's
 * configured upstream (e.g. the sandbox's files of a few sets): such a backfill is partial: it is
 * never recorded as the completed first-start backfill and leaves the per-card price summary to the
 * next daily snapshot.
 */
public record BackfillPricesCommand(LocalDate today, int days, int showcaseDays, Showcase showcase, boolean once,
                                    Map<PriceSource, URI> upstreams) {

    public BackfillPricesCommand {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(showcase, "showcase");
        upstreams = Map.copyOf(Objects.requireNonNull(upstreams, "upstreams"));
        if (days < 0 || showcaseDays < 0) {
            throw new IllegalArgumentException("backfill windows are not negative");
        }
    }

    /** From the configured upstreams. */
    public BackfillPricesCommand(LocalDate today, int days, int showcaseDays, Showcase showcase, boolean once) {
        this(today, days, showcaseDays, showcase, once, Map.of());
    }

    public boolean partial() {
        return !upstreams.isEmpty();
    }
}
