package io.cardvault.application.port.in.scan;

import io.cardvault.domain.scan.ScanSessionId;

/** Use case: the phone joins a pending session with its token, once; announces {@code claimed}. */
public interface ClaimScanSessionUseCase {

    ScanSessionView claim(ScanSessionId id, ScanAccess.Token token, String deviceName);
}
