package io.cardvault.application.port.out.account;

import io.cardvault.application.port.out.PasswordHasherPort;
import io.cardvault.domain.account.PasswordHash;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fast fake password hasher for service tests: salted (a counter) so two hashes of one password
 * differ, and the password never appears as given (it is stored reversed). Never for production.
 */
public final class InMemoryPasswordHasher implements PasswordHasherPort {

    private final AtomicLong salts = new AtomicLong();

    @Override
    public PasswordHash hash(String password) {
        return new PasswordHash("fake$" + salts.incrementAndGet() + "$" + new StringBuilder(password).reverse());
    }

    @Override
    public boolean matches(String password, PasswordHash hash) {
        String[] parts = hash.value().split("\\$", 3);
        return parts.length == 3 && "fake".equals(parts[0])
                && parts[2].contentEquals(new StringBuilder(password).reverse());
    }
}
