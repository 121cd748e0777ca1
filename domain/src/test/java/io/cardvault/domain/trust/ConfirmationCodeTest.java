package io.cardvault.domain.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfirmationCodeTest {

    @Test
    void the_alphabet_has_no_zero_letter_o_one_or_letter_i() {
        assertThat(ConfirmationCode.ALPHABET).doesNotContain("0", "O", "1", "I").hasSize(32);
    }

    @Test
    void a_thousand_generated_codes_are_unique_and_use_only_the_alphabet() {
        SecureRandom random = new SecureRandom();
        Set<ConfirmationCode> codes = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            ConfirmationCode code = ConfirmationCode.generate(random);
            assertThat(code.value()).hasSize(ConfirmationCode.GENERATED_LENGTH).matches("[A-HJ-NP-Z2-9]+");
            codes.add(code);
        }
        assertThat(codes).hasSize(1_000);
    }

    @Test
    void codes_are_equal_in_any_case_and_with_blanks_around() {
        assertThat(new ConfirmationCode(" k7h2qp ")).isEqualTo(new ConfirmationCode("K7H2QP"));
        assertThat(ConfirmationCode.parse("k7h2qpzz")).contains(new ConfirmationCode("K7H2QPZZ"));
    }

    @Test
    void texts_of_the_wrong_length_or_with_excluded_characters_are_no_code() {
        for (String bad : List.of("K7H2Q", "K7H2QPZZA", "K7H2Q0", "K7H2QO", "K7H2Q1", "K7H2QI", "K7H-QP", "", "ÄÄÄÄÄÄ")) {
            assertThat(ConfirmationCode.parse(bad)).as(bad).isEmpty();
            assertThatThrownBy(() -> new ConfirmationCode(bad)).isInstanceOf(InvalidConfirmationCodeException.class);
        }
        assertThat(ConfirmationCode.parse(null)).isEmpty();
    }

    @Test
    void the_same_seed_draws_the_same_code() {
        assertThat(ConfirmationCode.generate(new Random(1))).isEqualTo(ConfirmationCode.generate(new Random(1)));
    }
}
