package io.cardvault.domain.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.account.AccountId;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScanSessionTest {

    private static final Instant NOW = Instant.parse("2026-05-07T13:02:11Z");
    private final SecureRandom random = new SecureRandom();
    private final ClaimToken token = ClaimToken.generate(random);
    private final ScanSession session = ScanSession.open(ScanSessionId.generate(NOW, random), new AccountId(7), token,
            ConfirmationCode.generate(random), NOW);

    private static ScanCard card(int index) {
        return new ScanCard(index, Optional.empty(), Optional.empty(), "{\"candidates\":[]}");
    }

    @Test
    void a_new_session_is_pending_and_lives_thirty_minutes() {
        assertThat(session.statusAt(NOW)).isEqualTo(ScanStatus.PENDING);
        assertThat(session.expiresAt()).isEqualTo(NOW.plus(ScanSession.LIFETIME));
        assertThat(session.token().value()).startsWith("ct_").hasSize(67);
        assertThat(session.confirmationCode().value()).matches("[0-9]{6}");
    }

    @Test
    void the_lifecycle_runs_claimed_active_completed() {
        session.claim(token.value(), "Pixel 8", NOW.plusSeconds(10));
        assertThat(session.statusAt(NOW.plusSeconds(10))).isEqualTo(ScanStatus.CLAIMED);
        assertThat(session.recordPhoto(token.value(), NOW.plusSeconds(20))).isZero();
        assertThat(session.recordPhoto(token.value(), NOW.plusSeconds(25))).isEqualTo(1);
        session.recordResults(token.value(), List.of(card(0), card(1)), NOW.plusSeconds(30));
        assertThat(session.statusAt(NOW.plusSeconds(30))).isEqualTo(ScanStatus.ACTIVE);
        assertThat(session.complete(token.value(), NOW.plusSeconds(40))).isEqualTo(2);
        assertThat(session.statusAt(NOW.plusSeconds(40))).isEqualTo(ScanStatus.COMPLETED);
        assertThat(session.deviceName()).contains("Pixel 8");
    }

    @Test
    void a_second_claim_is_refused() {
        session.claim(token.value(), "Pixel 8", NOW);
        assertThatThrownBy(() -> session.claim(token.value(), "Other phone", NOW))
                .isInstanceOfSatisfying(ScanSessionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ScanSessionRefusedException.Reason.ALREADY_CLAIMED));
    }

    @Test
    void a_wrong_token_is_refused_and_changes_nothing() {
        String other = ClaimToken.generate(random).value();
        assertThatThrownBy(() -> session.claim(other, "Pixel 8", NOW))
                .isInstanceOfSatisfying(ScanSessionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ScanSessionRefusedException.Reason.WRONG_TOKEN));
        assertThat(session.statusAt(NOW)).isEqualTo(ScanStatus.PENDING);
    }

    @Test
    void nothing_is_accepted_after_completion() {
        session.claim(token.value(), "Pixel 8", NOW);
        session.complete(token.value(), NOW);
        assertThatThrownBy(() -> session.recordPhoto(token.value(), NOW.plusSeconds(1)))
                .isInstanceOfSatisfying(ScanSessionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ScanSessionRefusedException.Reason.COMPLETED));
    }

    @Test
    void photos_need_a_claim_first() {
        assertThatThrownBy(() -> session.recordPhoto(token.value(), NOW))
                .isInstanceOfSatisfying(ScanSessionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ScanSessionRefusedException.Reason.NOT_CLAIMED));
    }

    @Test
    void five_idle_minutes_expire_a_session_but_not_a_completed_one() {
        assertThat(session.statusAt(NOW.plus(ScanSession.IDLE))).isEqualTo(ScanStatus.EXPIRED);
        assertThatThrownBy(() -> session.claim(token.value(), "Pixel 8", NOW.plus(ScanSession.IDLE)))
                .isInstanceOfSatisfying(ScanSessionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ScanSessionRefusedException.Reason.EXPIRED));
        session.claim(token.value(), "Pixel 8", NOW);
        session.complete(token.value(), NOW);
        assertThat(session.statusAt(NOW.plus(ScanSession.IDLE).plusSeconds(60))).isEqualTo(ScanStatus.COMPLETED);
        assertThat(session.statusAt(NOW.plus(ScanSession.LIFETIME))).isEqualTo(ScanStatus.EXPIRED);
    }

    @Test
    void activity_keeps_a_session_alive_until_its_lifetime() {
        session.claim(token.value(), "Pixel 8", NOW);
        for (int minute = 4; minute < 30; minute += 4) {
            session.recordPhoto(token.value(), NOW.plusSeconds(minute * 60L));
        }
        assertThat(session.statusAt(NOW.plusSeconds(29 * 60L))).isEqualTo(ScanStatus.ACTIVE);
        assertThat(session.statusAt(NOW.plusSeconds(30 * 60L))).isEqualTo(ScanStatus.EXPIRED);
    }

    @Test
    void ulids_sort_by_time_and_parse_back() {
        ScanSessionId earlier = ScanSessionId.generate(NOW, random);
        ScanSessionId later = ScanSessionId.generate(NOW.plusMillis(1), random);
        assertThat(earlier.value()).hasSize(26).isLessThan(later.value());
        assertThat(ScanSessionId.parse(earlier.value().toLowerCase())).contains(earlier);
        assertThat(ScanSessionId.parse("../../etc/passwd")).isEmpty();
    }

    @Test
    void the_token_never_shows_in_text() {
        assertThat(token.toString()).doesNotContain(token.value().substring(3));
        assertThat(session.toString()).doesNotContain(token.value().substring(3));
        assertThat(token.matches(token.value())).isTrue();
        assertThat(token.matches(null)).isFalse();
    }

    @Test
    void a_recognition_is_a_json_object() {
        assertThatThrownBy(() -> new ScanCard(0, Optional.empty(), Optional.empty(), "[1]"))
                .isInstanceOf(InvalidScanDataException.class);
        assertThatThrownBy(() -> new ScanCard(-1, Optional.empty(), Optional.empty(), "{}"))
                .isInstanceOf(InvalidScanDataException.class);
    }
}
