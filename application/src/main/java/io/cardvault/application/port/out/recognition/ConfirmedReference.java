package io.cardvault.application.port.out.recognition;

import io.cardvault.domain.catalogue.CardId;
import java.util.Objects;

/** A scan the user confirmed as showing catalogue card {@code cardId}: an extra reference for it. */
public record ConfirmedReference(CardId cardId, ScanFingerprint fingerprint) {

    public ConfirmedReference {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(cardId, "cardId");
    }
}
