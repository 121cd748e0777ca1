package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.ApiKey;
import io.cardvault.domain.account.ApiKeyHash;
import io.cardvault.domain.account.ApiKeyId;
import io.cardvault.application.port.out.account.KeyUseTally;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Outgoing port: where API keys are kept, by the hash of their secret. */
public interface ApiKeyStorePort {

    ApiKey add(ApiKey key);

    /** The owner's keys, oldest first. */
    List<ApiKey> findByOwner(AccountId owner);

    /**
     * Locks the owner's account row until the calling transaction ends, then counts the owner's keys
     * as committed. Key creations for one owner so run one after another, each counting the keys the
     * ones before it added: the tier's cap holds however many requests arrive at once.
     */
    int lockOwnerAndCount(AccountId owner);

    Optional<ApiKey> findById(ApiKeyId id);

    Optional<ApiKey> findByHash(ApiKeyHash hash);

    /** Writes name and active state. */
    void update(ApiKey key);

    void delete(ApiKeyId id);

    /** Adds counted uses to the keys' stored {@code calls_today} (per UTC day) and {@code last_used_at}. */
    void recordUsage(Collection<KeyUseTally> uses);
}
