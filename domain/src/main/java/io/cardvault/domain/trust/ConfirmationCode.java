package io.cardvault.domain.trust;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A protected listing's confirmation code: 6–8 characters from {@link #ALPHABET}, which leaves out
 * 0, O, 1 and I (read off a photo they are mistaken for each other). Kept and compared in upper
 * case, so {@code k7h2qp} and {@code K7H2QP} are one code. New codes have {@link #GENERATED_LENGTH}
 * characters: 32⁸ ≈ 10¹² of them, so guessing one that exists is hopeless at any rate limit.
 */
public record ConfirmationCode(String value) {

    public static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public static final int MIN_LENGTH = 6;
    public static final int MAX_LENGTH = 8;
    public static final int GENERATED_LENGTH = 8;

    public ConfirmationCode {
        Objects.requireNonNull(value, "value");
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!wellFormed(value)) {
            throw new InvalidConfirmationCodeException(value);
        }
    }

    /** The code a person typed, when it can be one (any case, surrounding blanks ignored). */
    public static Optional<ConfirmationCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String normalised = typed.strip().toUpperCase(Locale.ROOT);
        return wellFormed(normalised) ? Optional.of(new ConfirmationCode(normalised)) : Optional.empty();
    }

    /** A new code of {@link #GENERATED_LENGTH} characters drawn from {@code random} (a {@code SecureRandom} in service). */
    public static ConfirmationCode generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new ConfirmationCode(code.toString());
    }

    private static boolean wellFormed(String candidate) {
        if (candidate.length() < MIN_LENGTH || candidate.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < candidate.length(); i++) {
            if (ALPHABET.indexOf(candidate.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
