package io.cardvault.application.service.collection;

import io.cardvault.application.port.in.collection.DeletePriceAlertUseCase;
import io.cardvault.application.port.in.collection.PriceAlertNotFoundException;
import io.cardvault.application.port.out.PriceAlertStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.collection.PriceAlert;
import io.cardvault.domain.collection.PriceAlertId;
import jakarta.inject.Inject;

/** Deletes one of the caller's alerts, active or triggered; another account's alert is not found. */
@UseCase
public class DeletePriceAlertService implements DeletePriceAlertUseCase {

    private final PriceAlertStorePort alerts;

    @Inject
    public DeletePriceAlertService(PriceAlertStorePort alerts) {
        this.alerts = alerts;
    }

    /** For CDI's client proxy only. */
    protected DeletePriceAlertService() {
        this(null);
    }

    @Override
    public void delete(AccountId owner, PriceAlertId id) {
        PriceAlert alert = alerts.findById(id).filter(found -> found.isOwnedBy(owner))
                .orElseThrow(PriceAlertNotFoundException::new);
        alerts.delete(alert.id().orElseThrow());
    }
}
