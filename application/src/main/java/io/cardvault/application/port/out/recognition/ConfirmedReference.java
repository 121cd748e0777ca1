package io.cardvault.application.port.out.recognition;

import java.util.Objects;

/** A scan the user confirmed as showing catalogue card {@code cardId}: an extra reference for it. */
public record ConfirmedReference(long cardId, ScanFingerprint fingerprint) {

    public ConfirmedReference {
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (cardId < 1) {
            throw new IllegalArgumentException("cardId must be positive");
        }
    }
}
