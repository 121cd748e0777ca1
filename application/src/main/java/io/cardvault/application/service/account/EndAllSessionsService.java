package io.cardvault.application.service.account;

import io.cardvault.application.port.in.account.EndAllSessionsUseCase;
import io.cardvault.application.port.out.SessionStandingCachePort;
import io.cardvault.application.port.out.SessionStandingStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import jakarta.inject.Inject;

/** Moves the account's session generation on and drops its cached standing on every node. */
@UseCase
public class EndAllSessionsService implements EndAllSessionsUseCase {

    private final SessionStandingStorePort store;
    private final SessionStandingCachePort cache;

    @Inject
    public EndAllSessionsService(SessionStandingStorePort store, SessionStandingCachePort cache) {
        this.store = store;
        this.cache = cache;
    }

    /** For CDI's client proxy only. */
    protected EndAllSessionsService() {
        this(null, null);
    }

    @Override
    public void endAllSessions(AccountId account) {
        store.endAllSessions(account);
        cache.forget(account);
    }
}
