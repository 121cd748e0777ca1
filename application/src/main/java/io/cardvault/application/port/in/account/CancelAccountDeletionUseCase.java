package io.cardvault.application.port.in.account;

import io.cardvault.domain.account.AccountId;

/** Use case: withdraw a pending deletion within its grace period (same confirmation phrase). */
public interface CancelAccountDeletionUseCase {

    void cancelDeletion(AccountId account, String confirm);
}
