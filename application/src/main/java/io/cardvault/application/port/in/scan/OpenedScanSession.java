package io.cardvault.application.port.in.scan;

import io.cardvault.domain.scan.ClaimToken;
import io.cardvault.domain.scan.ConfirmationCode;
import io.cardvault.domain.scan.ScanSessionId;
import java.time.Instant;
import java.util.Objects;

/** A session just opened: what the desktop needs to hand the phone (the token is shown once, here). */
public record OpenedScanSession(ScanSessionId id, ClaimToken token, ConfirmationCode confirmationCode, Instant expiresAt) {

    public OpenedScanSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(confirmationCode, "confirmationCode");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
