package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.scan.ClaimToken;
import io.cardvault.domain.scan.ConfirmationCode;
import io.cardvault.domain.scan.ScanCard;
import io.cardvault.domain.scan.ScanSession;
import io.cardvault.domain.scan.ScanSessionId;
import io.cardvault.domain.scan.ScanStatus;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link ScanSessionStorePort}: the in-memory fake and the JPA adapter must both pass
 * it. The owner is an account the implementation's fixture provides ({@link #owner()}).
 */
public abstract class ScanSessionStorePortContract {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Whole milliseconds: what the database keeps. */
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private ScanSessionStorePort store;

    /** A fresh store (an implementation may share a database; sessions are new ids each test). */
    protected abstract ScanSessionStorePort store();

    /** An account the store may own sessions of. */
    protected AccountId owner() {
        return new AccountId(1);
    }

    private AccountId owner;

    @BeforeEach
    void freshStore() {
        store = store();
        owner = owner();
    }

    private ScanSession opened(Instant at) {
        return ScanSession.open(ScanSessionId.generate(at, RANDOM), owner, ClaimToken.generate(RANDOM),
                ConfirmationCode.generate(RANDOM), at);
    }

    @Test
    void an_added_session_is_found_as_it_was() {
        ScanSession session = opened(now);
        store.add(session);

        ScanSession found = store.find(session.id()).orElseThrow();
        assertThat(found.token()).isEqualTo(session.token());
        assertThat(found.confirmationCode()).isEqualTo(session.confirmationCode());
        assertThat(found.expiresAt()).isEqualTo(session.expiresAt());
        assertThat(found.statusAt(now)).isEqualTo(ScanStatus.PENDING);
        assertThat(found.ownedBy(owner)).isTrue();
        assertThat(store.find(ScanSessionId.generate(now, RANDOM))).isEmpty();
    }

    @Test
    void an_update_keeps_the_claim_the_photos_and_the_cards() {
        ScanSession session = opened(now);
        store.add(session);
        ScanSession held = store.findForUpdate(session.id()).orElseThrow();
        held.claim(session.token().value(), "Pixel 8", now.plusSeconds(1));
        held.recordPhoto(session.token().value(), now.plusSeconds(2));
        held.recordResults(session.token().value(), List.of(
                new ScanCard(0, Optional.of(now), Optional.of("/static/scans/x/0.webp"), "{\"candidates\":[{\"card_id\":5}]}"),
                new ScanCard(3, Optional.empty(), Optional.empty(), "{\"candidates\":[]}")), now.plusSeconds(3));
        store.update(held);
        ScanSession again = store.findForUpdate(session.id()).orElseThrow();
        again.recordResults(session.token().value(), List.of(
                new ScanCard(3, Optional.empty(), Optional.empty(), "{\"candidates\":[{\"card_id\":9}]}")), now.plusSeconds(4));
        store.update(again);

        ScanSession found = store.find(session.id()).orElseThrow();
        assertThat(found.statusAt(now.plusSeconds(4))).isEqualTo(ScanStatus.ACTIVE);
        assertThat(found.deviceName()).contains("Pixel 8");
        assertThat(found.photoCount()).isEqualTo(1);
        assertThat(found.lastActivityAt()).isEqualTo(now.plusSeconds(4));
        assertThat(found.cards()).extracting(ScanCard::cardIndex).containsExactly(0, 3);
        assertThat(found.cards().get(0).capturedAt()).contains(now);
        assertThat(found.cards().get(0).imageUrl()).contains("/static/scans/x/0.webp");
        assertThat(found.cards().get(1).recognitionJson()).contains("\"card_id\":9");
    }

    @Test
    void expired_sessions_are_found_by_lifetime_or_idleness_and_deleted() {
        ScanSession idle = opened(now.minus(ScanSession.IDLE).minusSeconds(1));
        ScanSession fresh = opened(now);
        ScanSession completed = opened(now.minus(ScanSession.IDLE).minusSeconds(60));
        completed.claim(completed.token().value(), "Pixel", now.minus(ScanSession.IDLE).minusSeconds(60));
        completed.complete(completed.token().value(), now.minus(ScanSession.IDLE).minusSeconds(60));
        // busy to the end, but past its lifetime
        ScanSession old = ScanSession.reconstitute(ScanSessionId.generate(now, RANDOM), owner, ClaimToken.generate(RANDOM),
                ConfirmationCode.generate(RANDOM), now.minus(ScanSession.LIFETIME).minusSeconds(1), now.minusSeconds(1),
                now.minusSeconds(30), ScanStatus.ACTIVE, Optional.of("Pixel"), 0, List.of());
        store.add(idle);
        store.add(fresh);
        store.add(completed);
        store.add(old);
        store.update(completed);

        List<ScanSessionId> expired = store.findExpired(now, 100);
        assertThat(expired).contains(idle.id(), old.id()).doesNotContain(fresh.id(), completed.id());

        assertThat(store.delete(List.of(idle.id(), old.id()))).isEqualTo(2);
        assertThat(store.find(idle.id())).isEmpty();
        assertThat(store.find(fresh.id())).isPresent();
        assertThat(store.delete(List.of(idle.id()))).isZero();
    }
}
