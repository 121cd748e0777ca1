package io.cardvault.application.port.in.account;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.ApiKeyId;
import java.util.Objects;
import java.util.Optional;

/** Rename and/or (de)activate a key; absent fields stay as they are. */
public record UpdateApiKeyCommand(AccountId owner, ApiKeyId key, Optional<String> name, Optional<Boolean> active) {

    public UpdateApiKeyCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(active, "active");
    }
}
