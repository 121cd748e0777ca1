package io.cardvault.application.port.in.collection;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.collection.PriceAlertId;

/** Use case: delete one of the caller's alerts; an alert they do not hold is {@link PriceAlertNotFoundException}. */
public interface DeletePriceAlertUseCase {

    void delete(AccountId owner, PriceAlertId alert);
}
