package io.cardvault.application.port.out;

import io.cardvault.domain.scan.ScanSession;
import io.cardvault.domain.scan.ScanSessionId;
import io.cardvault.domain.scan.ScanStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Scan sessions in memory; each read rebuilds a fresh aggregate, as the database's rows would. */
public class InMemoryScanSessions implements ScanSessionStorePort {

    private final Map<ScanSessionId, ScanSession> sessions = new LinkedHashMap<>();

    @Override
    public synchronized void add(ScanSession session) {
        if (sessions.putIfAbsent(session.id(), copy(session)) != null) {
            throw new IllegalStateException("session " + session.id() + " exists");
        }
    }

    @Override
    public synchronized Optional<ScanSession> find(ScanSessionId id) {
        return Optional.ofNullable(sessions.get(id)).map(InMemoryScanSessions::copy);
    }

    @Override
    public Optional<ScanSession> findForUpdate(ScanSessionId id) {
        return find(id);
    }

    @Override
    public synchronized void update(ScanSession session) {
        if (!sessions.containsKey(session.id())) {
            throw new IllegalStateException("session " + session.id() + " is not stored");
        }
        sessions.put(session.id(), copy(session));
    }

    @Override
    public synchronized List<ScanSessionId> findExpired(Instant now, int limit) {
        return sessions.values().stream().filter(session -> session.statusAt(now) == ScanStatus.EXPIRED)
                .map(ScanSession::id).limit(limit).toList();
    }

    @Override
    public synchronized int delete(List<ScanSessionId> ids) {
        int deleted = 0;
        for (ScanSessionId id : ids) {
            deleted += sessions.remove(id) == null ? 0 : 1;
        }
        return deleted;
    }

    private static ScanSession copy(ScanSession session) {
        return ScanSession.reconstitute(session.id(), session.owner(), session.token(), session.confirmationCode(),
                session.openedAt(), session.expiresAt(), session.lastActivityAt(), session.storedStatus(),
                session.deviceName(), session.photoCount(), new ArrayList<>(session.cards()));
    }
}
