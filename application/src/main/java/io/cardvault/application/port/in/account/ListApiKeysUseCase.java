package io.cardvault.application.port.in.account;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.ApiKey;
import java.util.List;

/** Use case: the keys an account holds, oldest first (never their secrets). */
public interface ListApiKeysUseCase {

    List<ApiKey> keys(AccountId owner);
}
