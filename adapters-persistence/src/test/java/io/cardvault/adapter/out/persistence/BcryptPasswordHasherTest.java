package io.cardvault.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.account.PasswordHash;
import org.junit.jupiter.api.Test;

class BcryptPasswordHasherTest {

    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);

    @Test
    void a_hash_is_salted_bcrypt_and_verifies_only_the_right_password() {
        PasswordHash first = hasher.hash("hunter2hunter2");
        PasswordHash second = hasher.hash("hunter2hunter2");
        assertThat(first.value()).startsWith("$2a$04$").doesNotContain("hunter2");
        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.matches("hunter2hunter2", first)).isTrue();
        assertThat(hasher.matches("hunter2hunter3", first)).isFalse();
    }

    @Test
    void the_production_cost_is_eleven() {
        assertThat(new BcryptPasswordHasher().hash("hunter2hunter2").value()).startsWith("$2a$11$");
    }
}
