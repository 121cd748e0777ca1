package io.cardvault.application.service.collection;

import io.cardvault.application.port.in.collection.PriceAlertView;
import io.cardvault.application.port.in.collection.SetPriceAlertCommand;
import io.cardvault.application.port.in.collection.SetPriceAlertUseCase;
import io.cardvault.application.port.in.collection.WatchedCard;
import io.cardvault.application.port.out.ExchangeRatesStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.PriceAlertStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.collection.DuplicatePriceAlertException;
import io.cardvault.domain.collection.PriceAlert;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Sets an alert on a known card in a currency prices can be compared in. A duplicate of an active
 * alert is refused here for a clear answer; the store refuses it too, which settles two requests racing.
 */
@UseCase
public class SetPriceAlertService implements SetPriceAlertUseCase {

    private final PriceAlertStorePort alerts;
    private final LoadCatalogueViewsPort catalogue;
    private final ExchangeRatesStorePort rates;
    private final Clock clock;

    @Inject
    public SetPriceAlertService(PriceAlertStorePort alerts, LoadCatalogueViewsPort catalogue, ExchangeRatesStorePort rates) {
        this(alerts, catalogue, rates, Clock.systemUTC());
    }

    public SetPriceAlertService(PriceAlertStorePort alerts, LoadCatalogueViewsPort catalogue, ExchangeRatesStorePort rates,
                                Clock clock) {
        this.alerts = alerts;
        this.catalogue = catalogue;
        this.rates = rates;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected SetPriceAlertService() {
        this(null, null, null, null);
    }

    @Override
    public PriceAlertView set(SetPriceAlertCommand command) {
        WatchedCard card = WatchedCards.require(catalogue, command.card());
        WatchCurrencies.requireComparable(command.target().currency(), rates);
        PriceAlert alert = PriceAlert.set(command.owner(), command.card(), command.target(), command.direction(),
                clock.instant());
        if (alerts.findByOwner(command.owner()).stream().anyMatch(alert::duplicates)) {
            throw new DuplicatePriceAlertException();
        }
        return new PriceAlertView(alerts.add(alert), card);
    }
}
