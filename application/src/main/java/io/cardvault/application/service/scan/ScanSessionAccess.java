package io.cardvault.application.service.scan;

import io.cardvault.application.port.in.scan.ScanAccess;
import io.cardvault.application.port.out.ScanSessionStorePort;
import io.cardvault.domain.scan.ScanSession;
import io.cardvault.domain.scan.ScanSessionId;
import io.cardvault.domain.scan.ScanSessionRefusedException;
import java.util.Optional;

/** Finds a session for a caller: its owner sees it, a token must match, anyone else meets "not found". */
final class ScanSessionAccess {

    private ScanSessionAccess() {
    }

    static ScanSession read(ScanSessionStorePort store, ScanSessionId id, ScanAccess access) {
        return admit(store.find(id), access);
    }

    static ScanSession hold(ScanSessionStorePort store, ScanSessionId id, ScanAccess access) {
        return admit(store.findForUpdate(id), access);
    }

    private static ScanSession admit(Optional<ScanSession> found, ScanAccess access) {
        ScanSession session = found.orElseThrow(ScanSessionAccess::notFound);
        if (access instanceof ScanAccess.Owner owner && !session.ownedBy(owner.account())) {
            throw notFound(); // another account's session is not revealed to exist
        }
        if (access instanceof ScanAccess.Token token) {
            session.authenticate(token.token());
        }
        return session;
    }

    static ScanSessionRefusedException notFound() {
        return new ScanSessionRefusedException(ScanSessionRefusedException.Reason.NOT_FOUND, "Scan session not found");
    }
}
