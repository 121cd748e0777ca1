package io.cardvault.application.port.out;

/**
 * Outgoing port: open real-time connections counted per holder (an API key, an account, a client
 * address) across all nodes. A slot held by a node that dies is given back when the cluster
 * notices, so a crash never leaves a holder locked out.
 */
public interface ConnectionSlotsPort {

    /** Takes a slot for {@code holder} unless it already holds {@code max}. */
    boolean tryAcquire(String holder, int max);

    /** Gives one slot back; extra releases are ignored. */
    void release(String holder);
}
