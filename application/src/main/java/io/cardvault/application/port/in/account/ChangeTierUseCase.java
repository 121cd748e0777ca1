package io.cardvault.application.port.in.account;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.Tier;

/**
 * Use case: an operator moves an account to another tier (its quotas follow at once; keys issued
 * before keep their own tier). Answers whether the account exists. Billing will call it; until
 * then only the testing routes do.
 */
public interface ChangeTierUseCase {

    boolean changeTier(AccountId account, Tier tier);
}
