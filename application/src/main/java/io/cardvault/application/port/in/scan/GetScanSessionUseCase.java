package io.cardvault.application.port.in.scan;

import io.cardvault.domain.scan.ScanSessionId;

/**
 * Use case: read a session, as its owner or with its claim token. An unknown session, or one of
 * another account, is {@code NOT_FOUND}; a wrong token {@code WRONG_TOKEN}
 * ({@link io.cardvault.domain.scan.ScanSessionRefusedException}). Expired sessions are still read
 * (status {@code expired}) until the purge removes them.
 */
public interface GetScanSessionUseCase {

    ScanSessionView get(ScanSessionId id, ScanAccess access);
}
