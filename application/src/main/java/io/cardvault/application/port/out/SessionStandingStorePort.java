package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.SessionStanding;
import java.time.Instant;
import java.util.Optional;

/** Outgoing port: where each account's session generation and singly ended sessions are kept. */
public interface SessionStandingStorePort {

    /** The account's standing, listing the sessions ended singly that expire after {@code now}; empty for no such account. */
    Optional<SessionStanding> standing(AccountId account, Instant now);

    /** Lists one session as ended until {@code expiresAt}, and forgets the account's listed sessions that expired by {@code now}. */
    void endSession(AccountId account, String sessionId, Instant expiresAt, Instant now);

    /** Moves the account's session generation on (every session ends) and clears its list of ended sessions. */
    void endAllSessions(AccountId account);
}
