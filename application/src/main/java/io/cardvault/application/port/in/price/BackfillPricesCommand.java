package io.cardvault.application.port.in.price;

import io.cardvault.domain.price.PriceSource;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Backfill daily history up to {@code today}: {@code days} back for every priced card (headline
 * series), {@code showcaseDays} back for the {@link Showcase} cards (headline and graded series);
 * {@code today} itself is ingested with every series. {@code once}: do nothing when a backfill
 * ran to its end before (the first-start backfill). {@code upstreams} overrides a source's
 * configured upstream (e.g. the sandbox's files of a few sets): such a backfill is partial: it is
 * never recorded as the completed first-start backfill and leaves the per-card price summary to the
 * next daily snapshot. {@code showcaseUpstreams} are read instead for the days that keep the
 * showcase only (older than {@code days}): an upstream serving the showcase's cards alone (the
 * sandbox's {@code /sandbox/showcase/…}), so those days read what they keep and not the whole
 * market; the backfill stays complete. {@code retryPauses}: a file whose upstream could not be reached is
 * fetched again after each of these pauses in turn; once one file has waited through them all, the
 * upstream is taken as down for the run and the files after it get one attempt each.
 */
public record BackfillPricesCommand(LocalDate today, int days, int showcaseDays, Showcase showcase, boolean once,
                                    Map<PriceSource, URI> upstreams, Map<PriceSource, URI> showcaseUpstreams,
                                    List<Duration> retryPauses) {

    public BackfillPricesCommand {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(showcase, "showcase");
        upstreams = Map.copyOf(Objects.requireNonNull(upstreams, "upstreams"));
        showcaseUpstreams = Map.copyOf(Objects.requireNonNull(showcaseUpstreams, "showcaseUpstreams"));
        retryPauses = List.copyOf(Objects.requireNonNull(retryPauses, "retryPauses"));
        if (days < 0 || showcaseDays < 0) {
            throw new IllegalArgumentException("backfill windows are not negative");
        }
        if (retryPauses.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("retry pauses are not negative");
        }
    }

    /** No second attempt at a file whose upstream could not be reached. */
    public BackfillPricesCommand(LocalDate today, int days, int showcaseDays, Showcase showcase, boolean once,
                                 Map<PriceSource, URI> upstreams, Map<PriceSource, URI> showcaseUpstreams) {
        this(today, days, showcaseDays, showcase, once, upstreams, showcaseUpstreams, List.of());
    }

    /** Every day from the same upstreams. */
    public BackfillPricesCommand(LocalDate today, int days, int showcaseDays, Showcase showcase, boolean once,
                                 Map<PriceSource, URI> upstreams) {
        this(today, days, showcaseDays, showcase, once, upstreams, Map.of());
    }

    /** From the configured upstreams. */
    public BackfillPricesCommand(LocalDate today, int days, int showcaseDays, Showcase showcase, boolean once) {
        this(today, days, showcaseDays, showcase, once, Map.of(), Map.of());
    }

    public boolean partial() {
        return !upstreams.isEmpty();
    }

    /**
     * Where {@code source}'s file of a day comes from: null for the configured upstream. A day that keeps
     * the showcase only ({@code showcaseOnly}) reads the source's showcase upstream when there is one
     * and no scope of a few sets was asked for.
     */
    public URI upstream(PriceSource source, boolean showcaseOnly) {
        if (showcaseOnly && upstreams.isEmpty() && showcaseUpstreams.containsKey(source)) {
            return showcaseUpstreams.get(source);
        }
        return upstreams.get(source);
    }
}
