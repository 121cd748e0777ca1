package io.cardvault.application.service.notification;

import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.NotificationSettingsStorePort;
import io.cardvault.application.port.out.NotificationStorePort;
import io.cardvault.application.port.out.PublishMarketEventPort;
import io.cardvault.application.port.out.SendMailPort;
import io.cardvault.application.port.out.mail.OutgoingMail;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.NotificationSettings;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a fired watch reaches its owner, whatever fired it (a price change, a new listing): the
 * notification row, the {@code notification} frame on {@code user:<id>}, and the mail when the
 * owner's settings mail that kind. Frame and mail wait for the caller's commit (both ports do).
 */
final class WatchTeller {

    private final NotificationStorePort notifications;
    private final NotificationSettingsStorePort settings;
    private final AccountStorePort accounts;
    private final PublishMarketEventPort events;
    private final SendMailPort mail;
    private final PriceWatchPolicy policy;

    WatchTeller(NotificationStorePort notifications, NotificationSettingsStorePort settings, AccountStorePort accounts,
                PublishMarketEventPort events, SendMailPort mail, PriceWatchPolicy policy) {
        this.notifications = notifications;
        this.settings = settings;
        this.accounts = accounts;
        this.events = events;
        this.mail = mail;
        this.policy = policy;
    }

    /** Tells every message; answers how many mails went to the mail port. */
    int tell(List<PriceWatchMessage> messages, Instant at) {
        Map<AccountId, NotificationSettings> mailSettings =
                settings.findFor(messages.stream().map(PriceWatchMessage::owner).collect(Collectors.toSet()));
        // the addresses of every owner who gets a mail, in one read rather than one lookup per fired watch
        Map<AccountId, Account> recipients = accounts.findByIds(messages.stream()
                .filter(message -> mails(mailSettings, message))
                .map(PriceWatchMessage::owner).collect(Collectors.toSet()));
        int mails = 0;
        for (PriceWatchMessage message : messages) {
            notifications.add(message.notification(at));
            events.publish(message.frame());
            if (mails(mailSettings, message)) {
                Optional<OutgoingMail> outgoing = Optional.ofNullable(recipients.get(message.owner()))
                        .map(account -> OutgoingMail.text(account.email(), message.title(), message.mailText(policy)));
                if (outgoing.isPresent()) {
                    mail.send(outgoing.get());
                    mails++;
                }
            }
        }
        return mails;
    }

    /** The catalogue's names of the cards, read once for all the messages. */
    static Map<CardId, String> names(LoadCatalogueViewsPort catalogue, Set<CardId> cards) {
        Map<CardId, String> names = new HashMap<>();
        for (CardDetails details : catalogue.cards(cards)) {
            names.put(new CardId(details.card().id()), details.card().name());
        }
        return names;
    }

    private static boolean mails(Map<AccountId, NotificationSettings> mailSettings, PriceWatchMessage message) {
        return mailSettings.getOrDefault(message.owner(), NotificationSettings.defaults()).mails(message.kind());
    }
}
