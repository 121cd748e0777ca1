package io.cardvault.application.port.in.account;

import io.cardvault.domain.account.ApiKey;
import io.cardvault.domain.account.ApiKeySecret;
import java.util.Objects;

/** A key just created, with its secret: the only moment the secret exists outside the caller's hands. */
public record CreatedApiKey(ApiKey key, ApiKeySecret secret) {

    public CreatedApiKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(secret, "secret");
    }
}
