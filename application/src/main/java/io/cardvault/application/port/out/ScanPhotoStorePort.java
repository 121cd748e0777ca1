package io.cardvault.application.port.out;

import io.cardvault.domain.scan.ScanSessionId;
import java.util.Optional;

/** Outgoing port: a scan session's photos (WebP) by card index, kept where every node reads them. */
public interface ScanPhotoStorePort {

    void keep(ScanSessionId session, int cardIndex, byte[] webp);

    Optional<byte[]> find(ScanSessionId session, int cardIndex);

    /** Removes every photo of the session; nothing to remove is no error. */
    void deleteAll(ScanSessionId session);
}
