package io.cardvault.application.port.out;

import io.cardvault.domain.account.PasswordHash;

/** Outgoing port: a slow, salted password hash from a maintained library (never hand-rolled). */
public interface PasswordHasherPort {

    PasswordHash hash(String password);

    boolean matches(String password, PasswordHash hash);
}
