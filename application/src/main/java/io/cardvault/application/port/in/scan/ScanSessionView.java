package io.cardvault.application.port.in.scan;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.scan.ConfirmationCode;
import io.cardvault.domain.scan.ScanCard;
import io.cardvault.domain.scan.ScanSession;
import io.cardvault.domain.scan.ScanSessionId;
import io.cardvault.domain.scan.ScanStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A session as either side reads it: status at the moment of reading, the phone's name, the reported
 * cards, and the confirmation code both screens show so the person can check they match.
 */
public record ScanSessionView(ScanSessionId id, AccountId owner, ConfirmationCode confirmationCode, ScanStatus status, Optional<String> deviceName,
                              List<ScanCard> results, int photoCount, Instant expiresAt) {

    public ScanSessionView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(confirmationCode, "confirmationCode");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(deviceName, "deviceName");
        Objects.requireNonNull(expiresAt, "expiresAt");
        results = List.copyOf(results);
    }

    public static ScanSessionView of(ScanSession session, Instant now) {
        return new ScanSessionView(session.id(), session.owner(), session.confirmationCode(), session.statusAt(now), session.deviceName(),
                session.cards(), session.photoCount(), session.expiresAt());
    }
}
