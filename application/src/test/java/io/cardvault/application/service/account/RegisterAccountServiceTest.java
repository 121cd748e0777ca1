package io.cardvault.application.service.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.account.RegisterAccountCommand;
import io.cardvault.application.port.out.account.InMemoryAccountStore;
import io.cardvault.application.port.out.account.InMemoryPasswordHasher;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.DuplicateAccountException;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.Tier;
import io.cardvault.domain.account.Username;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RegisterAccountServiceTest {

    private static final Instant NOW = Instant.parse("2026-05-06T12:00:00Z");

    private final InMemoryAccountStore accounts = new InMemoryAccountStore();
    private final InMemoryPasswordHasher hasher = new InMemoryPasswordHasher();
    private final RegisterAccountService register =
            new RegisterAccountService(accounts, hasher, Clock.fixed(NOW, ZoneOffset.UTC));

    private static RegisterAccountCommand command(String username, String email) {
        return new RegisterAccountCommand(new Username(username), new EmailAddress(email), "correct horse battery",
                " Alice ", "nl");
    }

    @Test
    void a_sign_up_stores_a_free_account_with_only_the_hash_of_its_password() {
        Account alice = register.register(command("alice", "alice@example.com"));

        Account stored = accounts.findById(alice.requireId()).orElseThrow();
        assertThat(stored.tier()).isEqualTo(Tier.FREE);
        assertThat(stored.createdAt()).isEqualTo(NOW);
        assertThat(stored.displayName()).contains("Alice");
        assertThat(stored.country()).contains("NL");
        assertThat(stored.passwordHash().value()).doesNotContain("correct horse battery");
        assertThat(hasher.matches("correct horse battery", stored.passwordHash())).isTrue();
    }

    @Test
    void a_taken_username_or_email_is_refused_and_nothing_more_is_stored() {
        Account alice = register.register(command("alice", "alice@example.com"));

        assertThatThrownBy(() -> register.register(command("ALICE", "other@example.com")))
                .isInstanceOfSatisfying(DuplicateAccountException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThatThrownBy(() -> register.register(command("alicia", "Alice@Example.com")))
                .isInstanceOfSatisfying(DuplicateAccountException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(accounts.findByUsername(new Username("alicia"))).isEmpty();
        assertThat(accounts.findByEmail(new EmailAddress("other@example.com"))).isEmpty();
        assertThat(accounts.findByUsername(new Username("alice"))).map(Account::requireId).contains(alice.requireId());
    }
}
