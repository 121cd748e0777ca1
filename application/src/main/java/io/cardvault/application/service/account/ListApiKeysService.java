package io.cardvault.application.service.account;

import io.cardvault.application.port.in.account.ListApiKeysUseCase;
import io.cardvault.application.port.out.ApiKeyStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.ApiKey;
import io.cardvault.application.port.out.account.KeyUseTally;
import jakarta.inject.Inject;
import java.util.List;

/** Lists the caller's own keys. */
@UseCase
public class ListApiKeysService implements ListApiKeysUseCase {

    private final ApiKeyStorePort keys;
    private final ApiKeyUseTallies pending;

    @Inject
    public ListApiKeysService(ApiKeyStorePort keys, ApiKeyUseTallies pending) {
        this.keys = keys;
        this.pending = pending;
    }

    /** For CDI's client proxy only. */
    protected ListApiKeysService() {
        this(null, null);
    }

    /** Stored usage plus this node's uses not yet flushed. */
    @Override
    public List<ApiKey> keys(AccountId owner) {
        return keys.findByOwner(owner).stream().map(this::withPending).toList();
    }

    private ApiKey withPending(ApiKey key) {
        ApiKey counted = key;
        for (KeyUseTally tally : pending.pendingFor(key.requireId())) {
            counted = counted.used(tally.calls(), tally.lastUsedAt());
        }
        return counted;
    }
}
