package io.cardvault.application.service.notification;

import io.cardvault.application.port.in.notification.FirePriceWatchesUseCase;
import io.cardvault.domain.price.HeadlinePricesChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands every committed price change to the price watches. It observes after the ingest's commit,
 * so no alert fires on prices that were rolled back, and a failure here is logged and never undoes
 * the stored prices (the watches stay armed and are judged again on the next change).
 */
@ApplicationScoped
public class PriceWatchRelay {

    private static final Logger LOG = Logger.getLogger(PriceWatchRelay.class.getName());

    private final FirePriceWatchesUseCase watches;

    @Inject
    public PriceWatchRelay(FirePriceWatchesUseCase watches) {
        this.watches = watches;
    }

    /** For CDI's client proxy only. */
    protected PriceWatchRelay() {
        this(null);
    }

    void onHeadlinePricesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) HeadlinePricesChanged changed) {
        try {
            watches.fire(changed);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Price watches on " + changed.changes().size() + " changed prices not judged", e);
        }
    }
}
