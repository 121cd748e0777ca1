package io.cardvault.application.port.in.scan;

import io.cardvault.domain.scan.ScanSessionId;
import java.util.Optional;

/** Use case: a session's kept photo (WebP bytes), for its owner or its phone; empty when there is none. */
public interface GetScanPhotoUseCase {

    Optional<byte[]> photo(ScanSessionId id, int cardIndex, ScanAccess access);
}
