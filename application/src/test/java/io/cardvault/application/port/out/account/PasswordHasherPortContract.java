package io.cardvault.application.port.out.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.PasswordHasherPort;
import io.cardvault.domain.account.PasswordHash;
import org.junit.jupiter.api.Test;

/** Contract of {@link PasswordHasherPort}: salted hashes that only the right password matches. */
public abstract class PasswordHasherPortContract {

    protected abstract PasswordHasherPort hasher();

    @Test
    void a_hash_matches_its_password_and_no_other() {
        PasswordHash hash = hasher().hash("correct horse battery");

        assertThat(hasher().matches("correct horse battery", hash)).isTrue();
        assertThat(hasher().matches("correct horse batter", hash)).isFalse();
        assertThat(hasher().matches("", hash)).isFalse();
    }

    @Test
    void two_hashes_of_one_password_differ_and_neither_shows_it() {
        PasswordHash first = hasher().hash("correct horse battery");
        PasswordHash second = hasher().hash("correct horse battery");

        assertThat(first).isNotEqualTo(second);
        assertThat(first.value()).doesNotContain("correct horse battery");
        assertThat(hasher().matches("correct horse battery", second)).isTrue();
    }
}
