package io.cardvault.application.service.collection;

import io.cardvault.application.port.in.collection.ListPriceAlertsUseCase;
import io.cardvault.application.port.in.collection.PriceAlertView;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.PriceAlertStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.collection.PriceAlert;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The caller's alerts, newest first, each with its card's name (one catalogue read). */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class ListPriceAlertsService implements ListPriceAlertsUseCase {

    private final PriceAlertStorePort alerts;
    private final LoadCatalogueViewsPort catalogue;

    @Inject
    public ListPriceAlertsService(PriceAlertStorePort alerts, LoadCatalogueViewsPort catalogue) {
        this.alerts = alerts;
        this.catalogue = catalogue;
    }

    /** For CDI's client proxy only. */
    protected ListPriceAlertsService() {
        this(null, null);
    }

    @Override
    public List<PriceAlertView> alerts(AccountId owner) {
        List<PriceAlert> owned = alerts.findByOwner(owner);
        WatchedCards cards = WatchedCards.of(catalogue, owned.stream().map(PriceAlert::card).toList());
        return owned.stream().map(alert -> new PriceAlertView(alert, cards.get(alert.card()))).toList();
    }
}
