package io.cardvault.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

    private static final Instant NOW = Instant.parse("2026-05-06T12:00:00Z");

    @Test
    void usernames_are_lowercased_and_3_to_30_characters() {
        assertThat(new Username("  Demo-1 ").value()).isEqualTo("demo-1");
        assertThat(new Username("abc").value()).isEqualTo("abc");
        assertThat(new Username("a".repeat(30)).value()).hasSize(30);
        assertThatThrownBy(() -> new Username("ab")).isInstanceOf(InvalidAccountDataException.class);
        assertThatThrownBy(() -> new Username("a".repeat(31))).isInstanceOf(InvalidAccountDataException.class);
        assertThatThrownBy(() -> new Username("bad name")).isInstanceOf(InvalidAccountDataException.class)
                .extracting(e -> ((InvalidAccountDataException) e).field()).isEqualTo("username");
        assertThatThrownBy(() -> new Username("a@b.com")).isInstanceOf(InvalidAccountDataException.class);
    }

    @Test
    void emails_are_lowercased_and_need_an_at_and_a_dotted_domain() {
        assertThat(new EmailAddress("Demo-1@Example.COM").value()).isEqualTo("demo-1@example.com");
        assertThatThrownBy(() -> new EmailAddress("demo")).isInstanceOf(InvalidAccountDataException.class);
        assertThatThrownBy(() -> new EmailAddress("demo@localhost")).isInstanceOf(InvalidAccountDataException.class);
        assertThatThrownBy(() -> new EmailAddress("a b@example.com")).isInstanceOf(InvalidAccountDataException.class);
    }

    @Test
    void passwords_need_8_characters_and_at_most_72_bytes() {
        assertThat(PasswordRules.requireAcceptable("password", "hunter2hunter2")).isEqualTo("hunter2hunter2");
        assertThat(PasswordRules.requireAcceptable("password", "8zq4-w1x")).hasSize(8);
        assertThatThrownBy(() -> PasswordRules.requireAcceptable("password", "1234567"))
                .isInstanceOf(InvalidAccountDataException.class);
        assertThatThrownBy(() -> PasswordRules.requireAcceptable("password", null))
                .isInstanceOf(InvalidAccountDataException.class);
        assertThatThrownBy(() -> PasswordRules.requireAcceptable("password", "é".repeat(37)))
                .isInstanceOf(InvalidAccountDataException.class).hasMessageContaining("72 bytes");
    }

    @Test
    void blank_and_common_passwords_are_refused_with_the_field_named_whatever_their_case() {
        for (String weak : new String[] {"        ", " \t \t \t \t ", "password", "12345678", "PassWord", "iloveyou",
                "qwertyuiop", "1qaz2wsx"}) {
            assertThatThrownBy(() -> PasswordRules.requireAcceptable("new_password", weak)).as(weak)
                    .isInstanceOfSatisfying(InvalidAccountDataException.class,
                            e -> assertThat(e.field()).isEqualTo("new_password"));
        }
        assertThatThrownBy(() -> PasswordRules.requireAcceptable("password", "        "))
                .hasMessage("password must not be only spaces");
        assertThatThrownBy(() -> PasswordRules.requireAcceptable("password", "password"))
                .hasMessageContaining("most common passwords");
        assertThat(PasswordRules.requireAcceptable("password", " padded phrase ")).isEqualTo(" padded phrase ");
    }

    @Test
    void a_new_account_is_free_and_without_roles_and_may_hold_one_key() {
        Account account = Account.register(new Username("demo-1"), new EmailAddress("demo-1@example.com"),
                new PasswordHash("$2a$10$x"), " Demo ", "nl", NOW);
        assertThat(account.tier()).isEqualTo(Tier.FREE);
        assertThat(account.admin()).isFalse();
        assertThat(account.displayName()).contains("Demo");
        assertThat(account.country()).contains("NL");
        assertThat(account.mayCreateKey(0)).isTrue();
        assertThat(account.mayCreateKey(1)).isFalse();
        assertThatThrownBy(() -> Account.register(new Username("demo-1"), new EmailAddress("demo-1@example.com"),
                new PasswordHash("$2a$10$x"), null, "NLD", NOW)).isInstanceOf(InvalidAccountDataException.class);
    }
}
