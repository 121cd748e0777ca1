package io.cardvault.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.account.RegisterAccountCommand;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.DuplicateAccountException;
import io.cardvault.domain.account.PasswordHash;
import io.cardvault.domain.account.Tier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sign-up bean names every field that breaks its rule at once, and registers only a form with none. */
class SignUpPageTest {

    /** Messages are their keys, so the test reads which rule each field broke. */
    private static final class Request extends WebContext {

        final List<String> redirects = new ArrayList<>();
        final List<AccountId> sessions = new ArrayList<>();

        @Override
        String message(String key) {
            return key;
        }

        @Override
        void startSession(AccountId id) {
            sessions.add(id);
        }

        @Override
        void redirect(String page) {
            redirects.add(page);
        }
    }

    private final Request request = new Request();
    private final List<RegisterAccountCommand> registered = new ArrayList<>();

    private SignUpPage page(RuntimeException refusal) {
        return new SignUpPage(command -> {
            registered.add(command);
            if (refusal != null) {
                throw refusal;
            }
            return Account.reconstitute(new AccountId(5), command.username(), command.email(),
                    new PasswordHash("$2a$10$abcdefghijklmnopqrstuv"), Tier.FREE, null, null, false, false, Instant.EPOCH, null);
        }, request);
    }

    private static void fill(SignUpPage page, String username, String email, String password) {
        page.setUsername(username);
        page.setEmail(email);
        page.setPassword(password);
    }

    @Test
    void every_broken_field_is_named_at_once_and_nothing_is_registered() {
        SignUpPage page = page(null);
        fill(page, "x", "not-an-address", "short");
        page.signUp();
        assertThat(page.getFieldErrors()).containsExactly(Map.entry("username", "signup.invalid.username"),
                Map.entry("email", "signup.invalid.email"), Map.entry("password", "signup.invalid.password"));
        assertThat(page.getError()).isEqualTo("signup.fixFields");
        assertThat(page.getField()).isEqualTo("username");
        assertThat(page.getPassword()).as("a refused password is not sent back to the page").isEmpty();
        assertThat(registered).isEmpty();
    }

    @Test
    void empty_fields_are_asked_for_and_one_broken_field_is_the_summary_itself() {
        SignUpPage page = page(null);
        fill(page, "collector", "", "a long enough password");
        page.signUp();
        assertThat(page.getFieldErrors()).containsExactly(Map.entry("email", "form.required"));
        assertThat(page.getError()).isEqualTo("form.required");
        assertThat(registered).isEmpty();
    }

    @Test
    void a_valid_form_registers_signs_in_and_opens_the_account() {
        SignUpPage page = page(null);
        fill(page, "collector", "collector@example.com", "a long enough password");
        page.signUp();
        assertThat(page.getFieldErrors()).isEmpty();
        assertThat(registered).hasSize(1);
        assertThat(request.sessions).containsExactly(new AccountId(5));
        assertThat(request.redirects).containsExactly("/account");
    }

    @Test
    void a_taken_name_found_by_the_use_case_is_shown_beside_its_field() {
        SignUpPage page = page(DuplicateAccountException.usernameTaken());
        fill(page, "collector", "collector@example.com", "a long enough password");
        page.signUp();
        assertThat(page.getFieldErrors()).containsExactly(Map.entry("username", "signup.taken.username"));
        assertThat(request.sessions).isEmpty();
    }
}
