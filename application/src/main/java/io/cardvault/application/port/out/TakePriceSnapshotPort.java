package io.cardvault.application.port.out;

import java.time.LocalDate;

/** Outgoing port: derives the daily snapshot rows and the per-card headline summary from stored points. */
public interface TakePriceSnapshotPort {

    /** Writes price_snapshot for every day in [from, to]; returns the rows written for {@code to}. */
    int snapshot(LocalDate from, LocalDate to);

    /** Rewrites every card's headline (best price, 7-day change) as of {@code day}; returns the cards summarised. */
    int summarise(LocalDate day);
}
