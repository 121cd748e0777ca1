package io.cardvault.application.service.account;

import io.cardvault.application.port.in.account.ListApiKeysUseCase;
import io.cardvault.application.port.out.ApiKeyStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.ApiKey;
import jakarta.inject.Inject;
import java.util.List;

/** Lists the caller's own keys. */
@UseCase
public class ListApiKeysService implements ListApiKeysUseCase {

    private final ApiKeyStorePort keys;

    @Inject
    public ListApiKeysService(ApiKeyStorePort keys) {
        this.keys = keys;
    }

    /** For CDI's client proxy only. */
    protected ListApiKeysService() {
        this(null);
    }

    @Override
    public List<ApiKey> keys(AccountId owner) {
        return keys.findByOwner(owner);
    }
}
