package io.cardvault.application.service.account;

import io.cardvault.application.port.in.account.ApiCaller;
import io.cardvault.application.port.in.account.ApiKeyNotFoundException;
import io.cardvault.application.port.in.poketrace.ApiKeyInfo;
import io.cardvault.application.port.in.poketrace.GetApiKeyInfoUseCase;
import io.cardvault.application.port.out.ApiKeyStorePort;
import io.cardvault.application.port.out.account.KeyUseTally;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.ApiKey;
import io.cardvault.domain.account.ApiPlan;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The calling key as {@code /v1/auth/info} shows it: stored usage plus this node's uses not yet
 * flushed (so {@code lastUsedAt} includes this very call), and the plan its account's tier maps to.
 */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none
public class GetApiKeyInfoService implements GetApiKeyInfoUseCase {

    private final ApiKeyStorePort keys;
    private final ApiKeyUseTallies pending;

    @Inject
    public GetApiKeyInfoService(ApiKeyStorePort keys, ApiKeyUseTallies pending) {
        this.keys = keys;
        this.pending = pending;
    }

    /** For CDI's client proxy only. */
    protected GetApiKeyInfoService() {
        this(null, null);
    }

    @Override
    public ApiKeyInfo info(ApiCaller caller) {
        ApiKey key = keys.findById(caller.key()).orElseThrow(ApiKeyNotFoundException::new);
        for (KeyUseTally tally : pending.pendingFor(caller.key())) {
            key = key.used(tally.calls(), tally.lastUsedAt());
        }
        return new ApiKeyInfo(key.prefix(), key.name(), key.active(), key.createdAt(), key.lastUsedAt(),
                ApiPlan.of(caller.accountTier()));
    }
}
