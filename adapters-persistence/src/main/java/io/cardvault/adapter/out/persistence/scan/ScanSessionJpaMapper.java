package io.cardvault.adapter.out.persistence.scan;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.scan.ClaimToken;
import io.cardvault.domain.scan.ConfirmationCode;
import io.cardvault.domain.scan.ScanCard;
import io.cardvault.domain.scan.ScanSession;
import io.cardvault.domain.scan.ScanSessionId;
import io.cardvault.domain.scan.ScanStatus;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Rows of {@code scan_session} and {@code scan_session_card} to the aggregate and back; times in UTC. */
final class ScanSessionJpaMapper {

    private ScanSessionJpaMapper() {
    }

    static ScanSessionJpaEntity toNewRow(ScanSession session) {
        ScanSessionJpaEntity row = new ScanSessionJpaEntity(session.id().value(), session.owner().value(),
                session.token().value(), session.confirmationCode().value(), utc(session.openedAt()), utc(session.expiresAt()));
        copyState(session, row);
        return row;
    }

    static void copyState(ScanSession session, ScanSessionJpaEntity row) {
        row.changeState(session.storedStatus().code(), session.deviceName().orElse(null), session.photoCount(),
                utc(session.lastActivityAt()), session.cards().stream().map(card -> new ScanCardEmbeddable(card.cardIndex(),
                        card.capturedAt().map(ScanSessionJpaMapper::utc).orElse(null), card.imageUrl().orElse(null),
                        card.recognitionJson())).toList());
    }

    static ScanSession toDomain(ScanSessionJpaEntity row) {
        return ScanSession.reconstitute(new ScanSessionId(row.id()), new AccountId(row.ownerId()), new ClaimToken(row.claimToken()),
                new ConfirmationCode(row.confirmationCode()), instant(row.openedAt()), instant(row.expiresAt()),
                instant(row.lastActivityAt()),
                ScanStatus.ofCode(row.status()).orElseThrow(() -> new IllegalStateException("unknown scan status " + row.status())),
                Optional.ofNullable(row.deviceName()), row.photoCount(),
                row.cards().stream().map(card -> new ScanCard(card.cardIndex(),
                        Optional.ofNullable(card.capturedAt()).map(ScanSessionJpaMapper::instant),
                        Optional.ofNullable(card.imageUrl()), card.recognition())).toList());
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC);
    }
}
