package io.cardvault.application.service.account;

import io.cardvault.application.port.in.account.ApiCaller;
import io.cardvault.application.port.in.account.AuthenticateApiKeyUseCase;
import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ApiKeyStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.ApiKey;
import io.cardvault.domain.account.ApiKeySecret;
import jakarta.inject.Inject;
import java.time.Clock;
import jakarta.transaction.Transactional;

/** Looks a presented key up by its SHA-256 and checks it is active, unexpired and its account exists. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none (no XA round trips)
public class AuthenticateApiKeyService implements AuthenticateApiKeyUseCase {

    static final String INVALID_KEY = "Invalid or revoked API key";

    private final ApiKeyStorePort keys;
    private final AccountStorePort accounts;
    private final Clock clock;

    @Inject
    public AuthenticateApiKeyService(ApiKeyStorePort keys, AccountStorePort accounts) {
        this(keys, accounts, Clock.systemUTC());
    }

    public AuthenticateApiKeyService(ApiKeyStorePort keys, AccountStorePort accounts, Clock clock) {
        this.keys = keys;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected AuthenticateApiKeyService() {
        this(null, null, null);
    }

    @Override
    public ApiCaller authenticate(String presentedKey) {
        if (!ApiKeySecret.looksLikeKey(presentedKey)) {
            throw new InvalidCredentialsException(INVALID_KEY);
        }
        ApiKey key = keys.findByHash(new ApiKeySecret(presentedKey).hash())
                .filter(found -> found.usableAt(clock.instant()))
                .orElseThrow(() -> new InvalidCredentialsException(INVALID_KEY));
        Account owner = accounts.findById(key.owner()).orElseThrow(() -> new InvalidCredentialsException(INVALID_KEY));
        // One quota per account across all its keys (the account's tier); a key on a lower tier also has its own.
        return new ApiCaller(owner.requireId(), key.requireId(), key.tier(), owner.tier());
    }
}
