package io.cardvault.application.service.notification;

import io.cardvault.application.port.in.notification.FirePriceWatchesUseCase;
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
import io.cardvault.application.port.out.mail.OutgoingMail;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.AlertDirection;
import io.cardvault.domain.collection.NotificationSettings;
import io.cardvault.domain.collection.PriceAlert;
import io.cardvault.domain.collection.WishlistEntry;
import io.cardvault.domain.collection.WishlistEntry.WishOutcome;
import io.cardvault.domain.price.HeadlinePricesChanged;
import io.cardvault.domain.shared.Money;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fires the price watches a committed price change reached, in one transaction of its own.
 *
 * <p>Which price counts: every headline price of the event is judged (each source and finish of the
 * card that moved), converted into the watch's currency; a watch for a dip (a {@code below} alert,
 * a wish with a max price) is judged by the card's lowest such price, an {@code above} alert by its
 * highest, so one event fires a watch at most once whatever number of variants moved.
 *
 * <p>Exactly once: an alert notifies only when {@link PriceAlertStorePort#markTriggered} answered
 * that this call triggered it; of two nodes judging the same card at once, the other one gets
 * {@code false} and stays silent. The notification row, the alert's mark and the wish's notified
 * state commit together; the {@code notification} frame and the mail leave only after that commit
 * (both ports wait for it), so a rolled-back firing announces nothing and fires again next time.
 */
@UseCase
@Transactional(Transactional.TxType.REQUIRES_NEW) // called after the ingest's commit: a transaction of its own
public class FirePriceWatchesService implements FirePriceWatchesUseCase {

    private final PriceAlertStorePort alerts;
    private final WishlistStorePort wishes;
    private final NotificationStorePort notifications;
    private final NotificationSettingsStorePort settings;
    private final AccountStorePort accounts;
    private final ExchangeRatesStorePort rates;
    private final LoadCatalogueViewsPort catalogue;
    private final PublishMarketEventPort events;
    private final SendMailPort mail;
    private final PriceWatchPolicy policy;
    private final Clock clock;

    @Inject
    public FirePriceWatchesService(PriceAlertStorePort alerts, WishlistStorePort wishes,
                                   NotificationStorePort notifications, NotificationSettingsStorePort settings,
                                   AccountStorePort accounts, ExchangeRatesStorePort rates,
                                   LoadCatalogueViewsPort catalogue, PublishMarketEventPort events, SendMailPort mail,
                                   PriceWatchPolicy policy) {
        this(alerts, wishes, notifications, settings, accounts, rates, catalogue, events, mail, policy,
                Clock.systemUTC());
    }

    FirePriceWatchesService(PriceAlertStorePort alerts, WishlistStorePort wishes, NotificationStorePort notifications,
                            NotificationSettingsStorePort settings, AccountStorePort accounts,
                            ExchangeRatesStorePort rates, LoadCatalogueViewsPort catalogue,
                            PublishMarketEventPort events, SendMailPort mail, PriceWatchPolicy policy, Clock clock) {
        this.alerts = alerts;
        this.wishes = wishes;
        this.notifications = notifications;
        this.settings = settings;
        this.accounts = accounts;
        this.rates = rates;
        this.catalogue = catalogue;
        this.events = events;
        this.mail = mail;
        this.policy = policy;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected FirePriceWatchesService() {
        this(null, null, null, null, null, null, null, null, null, null, null);
    }

    @Override
    public FiredPriceWatches fire(HeadlinePricesChanged changed) {
        ChangedPrices prices = new ChangedPrices(changed, rates);
        List<PriceAlert> activeAlerts = alerts.findActiveFor(prices.cards());
        List<WishlistEntry> priceWatches = wishes.findPriceWatchesFor(prices.cards());
        if (activeAlerts.isEmpty() && priceWatches.isEmpty()) {
            return FiredPriceWatches.NONE; // the usual case: one read per store and nothing else on the ingest's path
        }
        Instant at = clock.instant();
        List<Fired> fired = new ArrayList<>();
        int alertsFired = 0;
        for (PriceAlert alert : activeAlerts) {
            Optional<Money> price = alert.direction() == AlertDirection.BELOW
                    ? prices.lowest(alert.card(), alert.target().currency())
                    : prices.highest(alert.card(), alert.target().currency());
            if (price.flatMap(judged -> alert.evaluate(judged, at)).isPresent()
                    && alerts.markTriggered(alert.id().orElseThrow(), at)) {
                fired.add(new Fired(alert.card(), name -> PriceWatchMessage.alertFired(alert, name, price.get())));
                alertsFired++;
            }
        }
        int wishesNotified = 0;
        for (WishlistEntry wish : priceWatches) {
            Money max = wish.maxPrice().orElseThrow();
            Optional<Money> lowest = prices.lowest(wish.card(), max.currency());
            if (lowest.isEmpty()) {
                continue;
            }
            WishOutcome outcome = wish.priceMoved(lowest.get(), at);
            if (outcome instanceof WishOutcome.Notify notify) {
                wishes.save(notify.entry());
                fired.add(new Fired(wish.card(), name -> PriceWatchMessage.wishUnderMax(wish, max, name, notify.price())));
                wishesNotified++;
            } else if (outcome instanceof WishOutcome.Rearmed rearmed) {
                wishes.save(rearmed.entry());
            }
        }
        int mails = fired.isEmpty() ? 0 : tell(fired, at);
        return new FiredPriceWatches(alertsFired, wishesNotified, mails);
    }

    /** Writes, pushes and mails every fired watch; answers how many mails went to the mail port. */
    private int tell(List<Fired> fired, Instant at) {
        Map<CardId, String> names = WatchTeller.names(catalogue, fired.stream().map(Fired::card).collect(Collectors.toSet()));
        List<PriceWatchMessage> messages = fired.stream()
                .map(one -> one.message().compose(names.getOrDefault(one.card(), "Card " + one.card().value())))
                .toList();
        return new WatchTeller(notifications, settings, accounts, events, mail, policy).tell(messages, at);
    }

    /** A watch that fired, its message waiting for the card's name (read once for all of them). */
    private record Fired(CardId card, Composer message) {
    }

    @FunctionalInterface
    private interface Composer {
        PriceWatchMessage compose(String cardName);
    }
}
