package io.cardvault.application.service.account;

import io.cardvault.application.port.in.account.ApiKeyLimitReachedException;
import io.cardvault.application.port.in.account.CreateApiKeyCommand;
import io.cardvault.application.port.in.account.CreateApiKeyUseCase;
import io.cardvault.application.port.in.account.CreatedApiKey;
import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ApiKeyStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.ApiKey;
import io.cardvault.domain.account.ApiKeySecret;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * Generates a secret, checks the tier's key cap (atomically, under a lock on the owner) and stores
 * the key's hash and prefix only.
 */
@UseCase
public class CreateApiKeyService implements CreateApiKeyUseCase {

    private final AccountStorePort accounts;
    private final ApiKeyStorePort keys;
    private final SecureRandom random;
    private final Clock clock;

    @Inject
    public CreateApiKeyService(AccountStorePort accounts, ApiKeyStorePort keys) {
        this(accounts, keys, new SecureRandom(), Clock.systemUTC());
    }

    public CreateApiKeyService(AccountStorePort accounts, ApiKeyStorePort keys, SecureRandom random, Clock clock) {
        this.accounts = accounts;
        this.keys = keys;
        this.random = random;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected CreateApiKeyService() {
        this(null, null, null, null);
    }

    @Override
    public CreatedApiKey create(CreateApiKeyCommand command) {
        Account owner = accounts.findById(command.owner())
                .orElseThrow(() -> new InvalidCredentialsException("Not authenticated"));
        // Counted under the owner's row lock: concurrent creations cannot all see room for one more.
        if (!owner.mayCreateKey(keys.lockOwnerAndCount(command.owner()))) {
            throw new ApiKeyLimitReachedException(owner.tier());
        }
        ApiKeySecret secret = ApiKeySecret.generate(random);
        ApiKey key = ApiKey.issue(owner, command.name(), secret, command.tier(), command.expiresAt(), clock.instant());
        return new CreatedApiKey(keys.add(key), secret);
    }
}
