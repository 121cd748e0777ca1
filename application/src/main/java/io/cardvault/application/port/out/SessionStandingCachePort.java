package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.SessionStanding;
import java.util.Optional;
import java.util.function.Function;

/**
 * Outgoing port: session standings kept close to every request (each one with a session cookie
 * asks), so verifying a session stays a memory read. A standing is cached for a short time; when
 * one changes, {@link #forget} drops it on every node.
 */
public interface SessionStandingCachePort {

    /**
     * The cached standing of the account (empty: no such account), or what {@code load} reads, which
     * is cached unless the account was forgotten meanwhile (a read from before a change must not
     * outlive it).
     */
    Optional<SessionStanding> standing(AccountId account, Function<AccountId, Optional<SessionStanding>> load);

    /**
     * Drops the account's cached standing on every node: once the calling transaction has committed
     * (at once outside one), so no node reads the old standing back; never when it rolls back.
     */
    void forget(AccountId account);
}
