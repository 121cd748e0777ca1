package io.cardvault.application.service.account;

import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.application.port.in.account.RequestAccountDeletionUseCase;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** Flags the account; the purge job removes it once the policy's grace period has passed. */
@UseCase
public class RequestAccountDeletionService implements RequestAccountDeletionUseCase {

    private final AccountStorePort accounts;
    private final AccountPolicy policy;
    private final Clock clock;

    @Inject
    public RequestAccountDeletionService(AccountStorePort accounts, AccountPolicy policy) {
        this(accounts, policy, Clock.systemUTC());
    }

    public RequestAccountDeletionService(AccountStorePort accounts, AccountPolicy policy, Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected RequestAccountDeletionService() {
        this(null, null, null);
    }

    @Override
    public ScheduledDeletion requestDeletion(AccountId id, String confirm) {
        Account account = accounts.findById(id).orElseThrow(() -> new InvalidCredentialsException("Not authenticated"));
        // The store keeps milliseconds: answer with the time that will read back.
        Account flagged = account.requestDeletion(confirm, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        if (flagged != account) {
            accounts.update(flagged);
        }
        return new ScheduledDeletion(flagged, flagged.deletionDueAt(policy.deletionGrace()).orElseThrow());
    }
}
