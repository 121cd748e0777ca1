package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.notification.FireListingWatchesUseCase;
import io.cardvault.application.port.out.PublishMarketEventPort;
import io.cardvault.domain.marketplace.ListingPublished;
import io.cardvault.domain.realtime.ListingNew;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What follows a listing going on sale, once its transaction committed: the {@code listing_new}
 * frame (on {@code marketplace:new}, {@code card:<id>} and {@code tcg:<slug>}) and the price watches
 * on its card. A failure here is logged and never undoes the listing.
 */
@ApplicationScoped
public class ListingEventRelay {

    private static final Logger LOG = Logger.getLogger(ListingEventRelay.class.getName());

    private final PublishMarketEventPort events;
    private final FireListingWatchesUseCase watches;

    @Inject
    public ListingEventRelay(PublishMarketEventPort events, FireListingWatchesUseCase watches) {
        this.events = events;
        this.watches = watches;
    }

    /** For CDI's client proxy only. */
    protected ListingEventRelay() {
        this(null, null);
    }

    void onListingPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) ListingPublished published) {
        announce(published);
    }

    /** The frame, then the watches; each on its own so one failing leaves the other done. */
    void announce(ListingPublished published) {
        try {
            events.publish(new ListingNew(published.listing().value(), published.card(), published.gameSlug(),
                    published.price()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "listing_new of listing " + published.listing().value() + " not published", e);
        }
        try {
            watches.fire(published);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Price watches on listing " + published.listing().value() + " not judged", e);
        }
    }
}
