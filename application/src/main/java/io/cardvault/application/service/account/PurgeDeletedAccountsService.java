package io.cardvault.application.service.account;

import io.cardvault.application.port.in.account.PurgeDeletedAccountsUseCase;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.SessionStandingCachePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Removes accounts past their grace period, a bounded batch per run, all in this use case's one
 * transaction: either an account and all its personal data go, or nothing does. Every node may run
 * it; a second delete of the same row changes nothing.
 */
@UseCase
public class PurgeDeletedAccountsService implements PurgeDeletedAccountsUseCase {

    static final int BATCH = 500;

    private final AccountStorePort accounts;
    private final AccountPolicy policy;
    private final SessionStandingCachePort standings;
    private final Clock clock;

    @Inject
    public PurgeDeletedAccountsService(AccountStorePort accounts, AccountPolicy policy, SessionStandingCachePort standings) {
        this(accounts, policy, standings, Clock.systemUTC());
    }

    public PurgeDeletedAccountsService(AccountStorePort accounts, AccountPolicy policy, SessionStandingCachePort standings,
                                       Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.standings = standings;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected PurgeDeletedAccountsService() {
        this(null, null, null, null);
    }

    @Override
    public int purgeDue() {
        List<AccountId> due = accounts.findDeletionsRequestedBefore(clock.instant().minus(policy.deletionGrace()), BATCH);
        for (AccountId account : due) {
            accounts.delete(account);
            // its sessions end with it, on every node, not only once their cached standing expires
            standings.forget(account);
        }
        return due.size();
    }
}
