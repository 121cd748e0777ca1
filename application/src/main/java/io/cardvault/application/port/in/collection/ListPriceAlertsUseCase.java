package io.cardvault.application.port.in.collection;

import io.cardvault.domain.account.AccountId;
import java.util.List;

/** Use case: an account's price alerts, active and triggered, newest first. */
public interface ListPriceAlertsUseCase {

    List<PriceAlertView> alerts(AccountId owner);
}
