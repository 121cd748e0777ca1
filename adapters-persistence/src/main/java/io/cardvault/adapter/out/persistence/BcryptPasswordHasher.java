package io.cardvault.adapter.out.persistence;

import io.cardvault.application.port.out.PasswordHasherPort;
import io.cardvault.domain.account.PasswordHash;
import jakarta.enterprise.context.ApplicationScoped;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Passwords as bcrypt (cost 11, random salt, self-describing {@code $2a$11$…} strings) through
 * Spring Security Crypto, a small maintained library with no dependencies. It lives beside the
 * account store because it decides how credentials are kept at rest. Jakarta Security's
 * {@code Pbkdf2PasswordHash} would need Liberty's whole appSecurity feature for one function.
 */
@ApplicationScoped
class BcryptPasswordHasher implements PasswordHasherPort {

    /** About 100 ms per hash on these machines: slow for a guesser, fine for a login. */
    static final int COST = 11;

    private final BCryptPasswordEncoder encoder;

    BcryptPasswordHasher() {
        this(COST);
    }

    BcryptPasswordHasher(int cost) {
        this.encoder = new BCryptPasswordEncoder(cost);
    }

    @Override
    public PasswordHash hash(String password) {
        return new PasswordHash(encoder.encode(password));
    }

    @Override
    public boolean matches(String password, PasswordHash hash) {
        return encoder.matches(password, hash.value());
    }
}
