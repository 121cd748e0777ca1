package io.cardvault.application.service.account;

import io.cardvault.application.port.in.account.ChangeTierUseCase;
import io.cardvault.application.port.out.ChangeAccountTierPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.Tier;
import jakarta.inject.Inject;
import java.util.Objects;

/** Writes the account's new tier. */
@UseCase
public class ChangeTierService implements ChangeTierUseCase {

    private final ChangeAccountTierPort accounts;

    @Inject
    public ChangeTierService(ChangeAccountTierPort accounts) {
        this.accounts = accounts;
    }

    /** For CDI's client proxy only. */
    protected ChangeTierService() {
        this.accounts = null;
    }

    @Override
    public boolean changeTier(AccountId account, Tier tier) {
        return accounts.changeTier(Objects.requireNonNull(account, "account"), Objects.requireNonNull(tier, "tier"));
    }
}
