package io.cardvault.application.service.notification;

import io.cardvault.application.port.in.notification.FireListingWatchesUseCase;
import io.cardvault.application.port.in.notification.FiredPriceWatches;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ExchangeRatesStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.NotificationSettingsStorePort;
import io.cardvault.application.port.out.NotificationStorePort;
import io.cardvault.application.port.out.PriceAlertStorePort;
import io.cardvault.application.port.out.PublishMarketEventPort;
import io.cardvault.application.port.out.SendMailPort;
import io.cardvault.application.port.out.WishlistStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.collection.AlertDirection;
import io.cardvault.domain.collection.PriceAlert;
import io.cardvault.domain.collection.WishlistEntry;
import io.cardvault.domain.collection.WishlistEntry.WishOutcome;
import io.cardvault.domain.marketplace.ListingPublished;
import io.cardvault.domain.shared.Money;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Judges the watches on a newly listed card by the listing's price, in a transaction of its own
 * after the listing's commit, exactly as {@link FirePriceWatchesService} judges a price change
 * (the listing's euros converted into each watch's currency; an alert fires once, through
 * {@link PriceAlertStorePort#markTriggered}); the messages name the listing and link to it.
 */
@UseCase
@Transactional(Transactional.TxType.REQUIRES_NEW) // after the listing's commit: a transaction of its own
public class FireListingWatchesService implements FireListingWatchesUseCase {

    private final PriceAlertStorePort alerts;
    private final WishlistStorePort wishes;
    private final ExchangeRatesStorePort rates;
    private final LoadCatalogueViewsPort catalogue;
    private final WatchTeller teller;
    private final Clock clock;

    @Inject
    public FireListingWatchesService(PriceAlertStorePort alerts, WishlistStorePort wishes,
                                     NotificationStorePort notifications, NotificationSettingsStorePort settings,
                                     AccountStorePort accounts, ExchangeRatesStorePort rates,
                                     LoadCatalogueViewsPort catalogue, PublishMarketEventPort events, SendMailPort mail,
                                     PriceWatchPolicy policy) {
        this(alerts, wishes, notifications, settings, accounts, rates, catalogue, events, mail, policy, Clock.systemUTC());
    }

    FireListingWatchesService(PriceAlertStorePort alerts, WishlistStorePort wishes, NotificationStorePort notifications,
                              NotificationSettingsStorePort settings, AccountStorePort accounts,
                              ExchangeRatesStorePort rates, LoadCatalogueViewsPort catalogue,
                              PublishMarketEventPort events, SendMailPort mail, PriceWatchPolicy policy, Clock clock) {
        this.alerts = alerts;
        this.wishes = wishes;
        this.rates = rates;
        this.catalogue = catalogue;
        this.teller = new WatchTeller(notifications, settings, accounts, events, mail, policy);
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected FireListingWatchesService() {
        this(null, null, null, null, null, null, null, null, null, null, null);
    }

    @Override
    public FiredPriceWatches fire(ListingPublished listing) {
        ChangedPrices price = new ChangedPrices(listing.card(), listing.price(), rates);
        List<PriceAlert> dips = alerts.findActiveFor(Set.of(listing.card())).stream()
                .filter(alert -> alert.direction() == AlertDirection.BELOW).toList();
        List<WishlistEntry> priceWatches = wishes.findPriceWatchesFor(Set.of(listing.card()));
        if (dips.isEmpty() && priceWatches.isEmpty()) {
            return FiredPriceWatches.NONE;
        }
        Instant at = clock.instant();
        String name = WatchTeller.names(catalogue, Set.of(listing.card())).getOrDefault(listing.card(),
                "Card " + listing.card().value());
        long listingId = listing.listing().value();
        List<PriceWatchMessage> messages = new ArrayList<>();
        int alertsFired = 0;
        for (PriceAlert alert : dips) {
            Optional<Money> judged = price.lowest(alert.card(), alert.target().currency());
            if (judged.flatMap(amount -> alert.evaluate(amount, at)).isPresent()
                    && alerts.markTriggered(alert.id().orElseThrow(), at)) {
                messages.add(PriceWatchMessage.alertListed(alert, name, listing.price(), listingId));
                alertsFired++;
            }
        }
        int wishesNotified = 0;
        for (WishlistEntry wish : priceWatches) {
            Money max = wish.maxPrice().orElseThrow();
            Optional<Money> judged = price.lowest(wish.card(), max.currency());
            if (judged.isEmpty()) {
                continue;
            }
            WishOutcome outcome = wish.priceMoved(judged.get(), at);
            if (outcome instanceof WishOutcome.Notify notify) {
                wishes.save(notify.entry());
                messages.add(PriceWatchMessage.wishListed(wish, max, name, listing.price(), listingId));
                wishesNotified++;
            }
            // a listing over the max does not re-arm the wish: only the market's price moving back up does
        }
        int mails = messages.isEmpty() ? 0 : teller.tell(messages, at);
        return new FiredPriceWatches(alertsFired, wishesNotified, mails);
    }
}
