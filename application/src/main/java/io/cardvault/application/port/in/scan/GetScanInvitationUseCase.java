package io.cardvault.application.port.in.scan;

import io.cardvault.domain.scan.ClaimToken;
import io.cardvault.domain.scan.ScanSessionId;
import java.util.Optional;

/**
 * Use case: the token a session's QR code invites a phone with — only while the session waits
 * for its phone (pending and alive). Once claimed the token is the phone's credential and no
 * longer handed out; an unknown, claimed or expired session answers empty.
 */
public interface GetScanInvitationUseCase {

    Optional<ClaimToken> invitation(ScanSessionId id);
}
