package io.cardvault.application.service.account;

import io.cardvault.application.port.in.account.ApiKeyNotFoundException;
import io.cardvault.application.port.in.account.RevokeApiKeyUseCase;
import io.cardvault.application.port.out.ApiKeyStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.ApiKey;
import io.cardvault.domain.account.ApiKeyId;
import jakarta.inject.Inject;

/** Deletes one of the caller's keys; its next use is a 401. */
@UseCase
public class RevokeApiKeyService implements RevokeApiKeyUseCase {

    private final ApiKeyStorePort keys;

    @Inject
    public RevokeApiKeyService(ApiKeyStorePort keys) {
        this.keys = keys;
    }

    /** For CDI's client proxy only. */
    protected RevokeApiKeyService() {
        this(null);
    }

    @Override
    public void revoke(AccountId owner, ApiKeyId id) {
        ApiKey key = keys.findById(id).filter(found -> found.belongsTo(owner)).orElseThrow(ApiKeyNotFoundException::new);
        keys.delete(key.requireId());
    }
}
