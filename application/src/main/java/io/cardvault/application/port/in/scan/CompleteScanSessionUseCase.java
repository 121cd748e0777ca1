package io.cardvault.application.port.in.scan;

import io.cardvault.domain.scan.ScanSessionId;

/** Use case: the phone ends the session (no uploads after it); announces {@code completed} with the card count. */
public interface CompleteScanSessionUseCase {

    ScanSessionView complete(ScanSessionId id, ScanAccess.Token token);
}
