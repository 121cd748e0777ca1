package io.cardvault.application.service.account;

import io.cardvault.application.port.in.account.AccessDeniedException;
import io.cardvault.application.port.in.account.ApiCaller;
import io.cardvault.application.port.in.account.CheckAccessUseCase;
import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccessRequirement;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Decides a gate from the caller's credential tier and the account's administrator role (stored
 * flag or configured username). A key-caller's {@code starter+}/{@code pro+} gate needs no read;
 * a session or the admin gate reads the account once.
 */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none
public class CheckAccessService implements CheckAccessUseCase {

    private final AccountStorePort accounts;
    private final AccountPolicy policy;

    @Inject
    public CheckAccessService(AccountStorePort accounts, AccountPolicy policy) {
        this.accounts = accounts;
        this.policy = policy;
    }

    /** For CDI's client proxy only. */
    protected CheckAccessService() {
        this(null, null);
    }

    @Override
    public void requireForSession(AccountId id, AccessRequirement requirement) {
        Account account = load(id);
        if (!requirement.admits(account.tier(), true, account.admin())) {
            throw new AccessDeniedException(requirement);
        }
    }

    @Override
    public void requireForKey(ApiCaller caller, AccessRequirement requirement) {
        if (requirement.admits(caller.keyTier(), false, false)) {
            return;
        }
        if (!requirement.admits(caller.keyTier(), false, load(caller.account()).admin())) {
            throw new AccessDeniedException(requirement);
        }
    }

    private Account load(AccountId id) {
        return accounts.findById(id).map(policy::withConfiguredRoles)
                .orElseThrow(() -> new InvalidCredentialsException("Not authenticated"));
    }
}
