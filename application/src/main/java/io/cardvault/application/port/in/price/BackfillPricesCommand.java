package io.cardvault.application.port.in.price;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Backfill daily history up to {@code today}: {@code days} back for every priced card (headline
 * series), {@code showcaseDays} back for the {@link Showcase} cards (headline and graded series);
 * {@code today} itself is ingested with every series. {@code once}: do nothing when a backfill
 * ran to its end before (the first-start backfill).
 */
public record BackfillPricesCommand(LocalDate today, int days, int showcaseDays, Showcase showcase, boolean once) {

    public BackfillPricesCommand {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(showcase, "showcase");
        if (days < 0 || showcaseDays < 0) {
            throw new IllegalArgumentException("backfill windows are not negative");
        }
    }
}
