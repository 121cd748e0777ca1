package io.cardvault.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-05-06T23:59:30Z");

    private static Account alice() {
        return Account.reconstitute(new AccountId(3), new Username("alice"), new EmailAddress("a@example.com"),
                new PasswordHash("$2a$11$old"), Tier.FREE, null, null, false, false, NOW, null);
    }

    @Test
    void deletion_needs_the_exact_phrase_and_keeps_the_first_request_time() {
        assertThatThrownBy(() -> alice().requestDeletion("delete alice", NOW))
                .isInstanceOf(AccountDeletionException.class).hasMessageContaining("DELETE alice");
        Account flagged = alice().requestDeletion("DELETE alice", NOW);
        assertThat(flagged.deletionRequestedAt()).contains(NOW);
        assertThat(flagged.requestDeletion("DELETE alice", NOW.plusSeconds(60)).deletionRequestedAt()).contains(NOW);
        assertThat(flagged.deletionDueAt(Duration.ofHours(24))).contains(NOW.plus(Duration.ofHours(24)));
    }

    @Test
    void cancelling_clears_the_flag_and_needs_something_pending() {
        Account flagged = alice().requestDeletion("DELETE alice", NOW);
        assertThat(flagged.cancelDeletion("DELETE alice").deletionRequestedAt()).isEmpty();
        assertThatThrownBy(() -> alice().cancelDeletion("DELETE alice")).hasMessage("No account deletion is pending");
        assertThatThrownBy(() -> flagged.cancelDeletion("DELETE bob")).isInstanceOf(AccountDeletionException.class);
    }

    @Test
    void a_password_change_swaps_only_the_hash() {
        Account changed = alice().changePassword(new PasswordHash("$2a$11$new"));
        assertThat(changed.passwordHash().value()).isEqualTo("$2a$11$new");
        assertThat(changed.username()).isEqualTo(alice().username());
    }

    @Test
    void calls_today_count_within_a_utc_day_and_reset_at_midnight() {
        ApiKey key = ApiKey.issue(alice(), "k", ApiKeySecret.generate(new java.security.SecureRandom()), null, null, NOW)
                .withId(new ApiKeyId(1));
        ApiKey used = key.used(3, NOW).used(2, NOW.plusSeconds(10));
        assertThat(used.callsToday(NOW)).isEqualTo(5);
        assertThat(used.lastUsedAt()).contains(NOW.plusSeconds(10));
        assertThat(used.callsToday(NOW.plusSeconds(31))).isZero();
        ApiKey nextDay = used.used(1, NOW.plusSeconds(40));
        assertThat(nextDay.callsToday(NOW.plusSeconds(40))).isEqualTo(1);
        assertThat(new KeyUsage(LocalDate.parse("2026-05-07"), 4).plus(LocalDate.parse("2026-05-06"), 9).calls())
                .isEqualTo(4);
    }

    @ParameterizedTest
    @CsvSource({
            "STARTER_PLUS, free, false, false, false",
            "STARTER_PLUS, free, true, false, true",
            "STARTER_PLUS, starter, false, false, true",
            "STARTER_PLUS, business, false, false, true",
            "PRO_PLUS, starter, false, false, false",
            "PRO_PLUS, free, true, false, false",
            "PRO_PLUS, pro, false, false, true",
            "PRO_PLUS, shop_basic, false, false, true",
            "ADMIN, unlimited, true, false, false",
            "ADMIN, free, true, true, true",
            "PRO_PLUS, free, false, true, true",
    })
    void gates_follow_the_spec_legend(AccessRequirement gate, String tier, boolean session, boolean admin,
                                      boolean admitted) {
        assertThat(gate.admits(Tier.fromSlug(tier).orElseThrow(), session, admin)).isEqualTo(admitted);
    }
}
