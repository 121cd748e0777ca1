package io.cardvault.application.port.in.scan;

import io.cardvault.domain.scan.ScanSessionId;

/**
 * Use case: whether a phone's claim token opens a live session, for the calls a paired phone makes
 * outside the session's own routes (the camera preview's outline hint). Live means pending, claimed
 * or active: a completed or expired session is refused ({@code COMPLETED}, {@code EXPIRED}), as are
 * an unknown session ({@code NOT_FOUND}) and a wrong token ({@code WRONG_TOKEN}), all by
 * {@link io.cardvault.domain.scan.ScanSessionRefusedException}. Reads only: the session's idle clock
 * keeps running.
 */
public interface VerifyScanTokenUseCase {

    void verify(ScanSessionId id, ScanAccess.Token token);
}
