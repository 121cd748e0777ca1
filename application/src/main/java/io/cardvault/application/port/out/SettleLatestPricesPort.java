package io.cardvault.application.port.out;

import io.cardvault.application.port.out.price.LatestPrice;
import java.util.List;

/**
 * Outgoing port: each series' latest price (its newest non-outlier point), which only ever moves
 * forward, and the priced-cards counter that follows it.
 */
public interface SettleLatestPricesPort {

    /** Moves each given series' latest price to the given point (forward only) under run {@code runId}. */
    void moveLatest(int runId, List<LatestPrice> latest);

    /**
     * Notes points of a past day a backfill wrote without moving their series' latest price (a backfill
     * writes hundreds of days in a row, and each would otherwise move every latest price once more):
     * {@link #settleLatest} moves them once, at its end.
     */
    void deferLatest(List<LatestPrice> latest);

    /**
     * Moves the latest price of every series {@link #deferLatest} named (and of every series that has
     * points but no latest price) to its newest non-outlier point, forward only; returns how many it wrote.
     */
    int settleLatest();
}
