package io.cardvault.application.port.out.account;

import static io.cardvault.application.port.out.account.AccountFixtures.NOW;
import static io.cardvault.application.port.out.account.AccountFixtures.newAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.DuplicateAccountException;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.PasswordHash;
import io.cardvault.domain.account.Tier;
import io.cardvault.domain.account.Username;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link AccountStorePort}: the in-memory fake and the JPA adapter must both pass it.
 * Every test signs up accounts no other test or earlier run used.
 */
public abstract class AccountStorePortContract {

    /** The implementation under test. */
    protected abstract AccountStorePort accounts();

    @Test
    void an_added_account_gets_an_id_and_reads_back_by_id_username_and_email() {
        AccountStorePort accounts = accounts();
        Account stored = accounts.add(newAccount("alice"));
        AccountId id = stored.requireId();

        Account byId = accounts.findById(id).orElseThrow();
        assertThat(byId.username()).isEqualTo(stored.username());
        assertThat(byId.email()).isEqualTo(stored.email());
        assertThat(byId.tier()).isEqualTo(Tier.FREE);
        assertThat(byId.displayName()).contains("Name alice");
        assertThat(byId.country()).contains("DE");
        assertThat(byId.createdAt()).isEqualTo(NOW);
        assertThat(byId.deletionRequestedAt()).isEmpty();
        assertThat(accounts.findByUsername(new Username(stored.username().value().toUpperCase(Locale.ROOT))))
                .map(Account::requireId).contains(id);
        assertThat(accounts.findByEmail(new EmailAddress(stored.email().value().toUpperCase(Locale.ROOT))))
                .map(Account::requireId).contains(id);
    }

    @Test
    void unknown_ids_usernames_and_emails_find_nothing() {
        assertThat(accounts().findById(new AccountId(Long.MAX_VALUE / 2))).isEmpty();
        assertThat(accounts().findByUsername(new Username(AccountFixtures.uniqueName("nobody")))).isEmpty();
        assertThat(accounts().findByEmail(new EmailAddress(AccountFixtures.uniqueName("nobody") + "@example.com"))).isEmpty();
    }

    @Test
    void accounts_read_by_ids_at_once_leave_out_the_unknown_ones() {
        AccountStorePort accounts = accounts();
        Account carol = accounts.add(newAccount("carol"));
        Account dave = accounts.add(newAccount("dave"));
        AccountId unknown = new AccountId(Long.MAX_VALUE / 2);

        Map<AccountId, Account> found = accounts.findByIds(List.of(carol.requireId(), dave.requireId(), unknown, carol.requireId()));

        assertThat(found).containsOnlyKeys(carol.requireId(), dave.requireId());
        assertThat(found.get(carol.requireId()).email()).isEqualTo(carol.email());
        assertThat(found.get(dave.requireId()).username()).isEqualTo(dave.username());
        assertThat(accounts.findByIds(List.of())).isEmpty();
    }

    @Test
    void a_second_account_with_a_taken_username_or_email_is_refused_as_a_duplicate() {
        AccountStorePort accounts = accounts();
        Account bob = accounts.add(newAccount("bob"));
        Account sameName = Account.register(bob.username(), new EmailAddress(AccountFixtures.uniqueName("x") + "@example.com"),
                new PasswordHash("$2a$04$x"), null, null, NOW);
        Account sameEmail = Account.register(new Username(AccountFixtures.uniqueName("bobby")), bob.email(),
                new PasswordHash("$2a$04$x"), null, null, NOW);

        assertThatThrownBy(() -> accounts.add(sameName)).isInstanceOfSatisfying(DuplicateAccountException.class,
                e -> assertThat(e.field()).isEqualTo("username"));
        assertThatThrownBy(() -> accounts.add(sameEmail)).isInstanceOfSatisfying(DuplicateAccountException.class,
                e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(accounts.findByUsername(sameEmail.username())).isEmpty();
    }

    @Test
    void an_update_writes_the_password_hash_and_the_deletion_flag() {
        AccountStorePort accounts = accounts();
        Account erin = accounts.add(newAccount("erin"));

        accounts.update(erin.requestDeletion("DELETE " + erin.username().value(), NOW)
                .changePassword(new PasswordHash("$2a$04$changed")));
        Account flagged = accounts.findById(erin.requireId()).orElseThrow();
        assertThat(flagged.deletionRequestedAt()).contains(NOW);
        assertThat(flagged.passwordHash().value()).isEqualTo("$2a$04$changed");

        accounts.update(flagged.cancelDeletion("DELETE " + erin.username().value()));
        assertThat(accounts.findById(erin.requireId()).orElseThrow().deletionRequestedAt()).isEmpty();
    }

    @Test
    void accounts_are_due_for_deletion_only_once_their_request_is_strictly_earlier() {
        AccountStorePort accounts = accounts();
        Account first = accounts.add(newAccount("due"));
        Account second = accounts.add(newAccount("due"));
        accounts.update(first.requestDeletion("DELETE " + first.username().value(), NOW.minusSeconds(3_000_000)));
        accounts.update(second.requestDeletion("DELETE " + second.username().value(), NOW.minusSeconds(3_000_000)));

        assertThat(accounts.findDeletionsRequestedBefore(NOW.minusSeconds(3_000_000), 1_000))
                .doesNotContain(first.requireId(), second.requireId());
        assertThat(accounts.findDeletionsRequestedBefore(NOW.minusSeconds(2_999_999), 1_000))
                .contains(first.requireId(), second.requireId());
        assertThat(accounts.findDeletionsRequestedBefore(NOW.minusSeconds(2_999_999), 1)).hasSize(1);
        // tidy: a real store keeps rows between runs, and later runs must not find these due
        accounts.delete(first.requireId());
        accounts.delete(second.requireId());
    }

    @Test
    void a_deleted_account_is_gone_and_deleting_it_again_changes_nothing() {
        AccountStorePort accounts = accounts();
        Account gone = accounts.add(newAccount("gone"));
        Account kept = accounts.add(newAccount("kept"));

        accounts.delete(gone.requireId());
        accounts.delete(gone.requireId());

        assertThat(accounts.findById(gone.requireId())).isEmpty();
        assertThat(accounts.findByUsername(gone.username())).isEmpty();
        assertThat(accounts.findById(kept.requireId())).isPresent();
    }
}
