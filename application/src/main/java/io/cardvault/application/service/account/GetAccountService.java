package io.cardvault.application.service.account;

import io.cardvault.application.port.in.account.GetAccountUseCase;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import jakarta.inject.Inject;
import java.util.Optional;
import jakarta.transaction.Transactional;

/** Loads the account a session names. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none (no XA round trips)
public class GetAccountService implements GetAccountUseCase {

    private final AccountStorePort accounts;
    private final AccountPolicy policy;

    @Inject
    public GetAccountService(AccountStorePort accounts, AccountPolicy policy) {
        this.accounts = accounts;
        this.policy = policy;
    }

    /** For CDI's client proxy only. */
    protected GetAccountService() {
        this(null, null);
    }

    @Override
    public Optional<Account> account(AccountId id) {
        return accounts.findById(id).map(policy::withConfiguredRoles);
    }
}
