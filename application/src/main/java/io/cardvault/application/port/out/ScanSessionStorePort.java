package io.cardvault.application.port.out;

import io.cardvault.domain.scan.ScanSession;
import io.cardvault.domain.scan.ScanSessionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Outgoing port: the scan sessions with their reported cards. {@link #findForUpdate} holds the
 * session for the rest of the caller's transaction, so two claims (or two photos) of one session
 * arriving at once on two nodes are decided one after the other.
 */
public interface ScanSessionStorePort {

    void add(ScanSession session);

    Optional<ScanSession> find(ScanSessionId id);

    /** The session, held against concurrent changes until the transaction ends. */
    Optional<ScanSession> findForUpdate(ScanSessionId id);

    /** Writes the session's state and its cards (cards reported again replace the earlier ones). */
    void update(ScanSession session);

    /**
     * Up to {@code limit} sessions expired at {@code now} by {@link ScanSession#statusAt}'s rule: past
     * their lifetime, or idle for {@link ScanSession#IDLE} unless completed.
     */
    List<ScanSessionId> findExpired(Instant now, int limit);

    /** Removes the sessions and their cards; answers how many were there. */
    int delete(List<ScanSessionId> ids);
}
