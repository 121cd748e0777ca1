package io.cardvault.adapter.out.persistence;

import io.cardvault.application.port.out.PasswordHasherPort;
import io.cardvault.application.port.out.account.PasswordHasherPortContract;

class BcryptPasswordHasherContractTest extends PasswordHasherPortContract {

    /** The lowest cost bcrypt allows: the contract is about matching, not about speed. */
    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);

    @Override
    protected PasswordHasherPort hasher() {
        return hasher;
    }
}
