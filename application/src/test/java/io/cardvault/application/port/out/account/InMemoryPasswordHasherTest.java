package io.cardvault.application.port.out.account;

import io.cardvault.application.port.out.PasswordHasherPort;

class InMemoryPasswordHasherTest extends PasswordHasherPortContract {

    private final InMemoryPasswordHasher fake = new InMemoryPasswordHasher();

    @Override
    protected PasswordHasherPort hasher() {
        return fake;
    }
}
