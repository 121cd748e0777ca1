package io.cardvault.application.service.account;

import io.cardvault.application.port.in.account.CancelAccountDeletionUseCase;
import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import jakarta.inject.Inject;

/** Clears the deletion flag of an account still in its grace period. */
@UseCase
public class CancelAccountDeletionService implements CancelAccountDeletionUseCase {

    private final AccountStorePort accounts;

    @Inject
    public CancelAccountDeletionService(AccountStorePort accounts) {
        this.accounts = accounts;
    }

    /** For CDI's client proxy only. */
    protected CancelAccountDeletionService() {
        this(null);
    }

    @Override
    public void cancelDeletion(AccountId id, String confirm) {
        accounts.update(accounts.findById(id).orElseThrow(() -> new InvalidCredentialsException("Not authenticated"))
                .cancelDeletion(confirm));
    }
}
