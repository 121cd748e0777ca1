package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.Tier;

/** Outgoing port: moves an account to another subscription tier; false when no such account exists. */
public interface ChangeAccountTierPort {

    boolean changeTier(AccountId account, Tier tier);
}
