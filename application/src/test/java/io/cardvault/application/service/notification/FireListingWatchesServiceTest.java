package io.cardvault.application.service.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.notification.FiredPriceWatches;
import io.cardvault.application.port.out.CatalogueFixtures;
import io.cardvault.application.port.out.InMemoryCatalogueViews;
import io.cardvault.application.port.out.InMemoryExchangeRates;
import io.cardvault.application.port.out.InMemoryMailbox;
import io.cardvault.application.port.out.InMemoryMarketEvents;
import io.cardvault.application.port.out.InMemoryNotificationSettingsStore;
import io.cardvault.application.port.out.InMemoryNotificationStore;
import io.cardvault.application.port.out.InMemoryPriceAlertStore;
import io.cardvault.application.port.out.InMemoryWishlistStore;
import io.cardvault.application.port.out.account.AccountFixtures;
import io.cardvault.application.port.out.account.InMemoryAccountStore;
import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.application.port.out.mail.OutgoingMail;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.analytics.EuroReferenceRates;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.collection.AlertDirection;
import io.cardvault.domain.collection.Notification;
import io.cardvault.domain.collection.PriceAlert;
import io.cardvault.domain.collection.WishlistEntry;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.marketplace.ListingPublished;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FireListingWatchesServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-07T05:00:00Z");

    private final InMemoryPriceAlertStore alerts = new InMemoryPriceAlertStore();
    private final InMemoryWishlistStore wishes = new InMemoryWishlistStore();
    private final InMemoryNotificationStore notifications = new InMemoryNotificationStore();
    private final InMemoryAccountStore accounts = new InMemoryAccountStore();
    private final InMemoryExchangeRates rates = new InMemoryExchangeRates();
    private final InMemoryCatalogueViews catalogue = new InMemoryCatalogueViews(CatalogueFixtures.POKEMON);
    private final InMemoryMarketEvents events = new InMemoryMarketEvents();
    private final InMemoryMailbox mailbox = InMemoryMailbox.reachable();
    private final FireListingWatchesService service = new FireListingWatchesService(alerts, wishes, notifications,
            new InMemoryNotificationSettingsStore(), accounts, rates, catalogue, events, mailbox,
            new PriceWatchPolicy(URI.create("https://cards.example")), Clock.fixed(NOW, ZoneOffset.UTC));

    private Account collector;
    private CardId charizard;

    @BeforeEach
    void catalogueAndCollector() {
        CardSet set = CatalogueFixtures.baseSet();
        StoredSet stored = catalogue.store(CatalogueFixtures.POKEMON, set, List.of(CatalogueFixtures.charizard(set)));
        charizard = stored.cardIds().values().iterator().next();
        collector = accounts.add(AccountFixtures.newAccount("watcher"));
        rates.store(List.of(new EuroReferenceRates(LocalDate.of(2026, 12, 4),
                Map.of(Currency.getInstance("USD"), new BigDecimal("1.25")))));
    }

    private ListingPublished listed(String euros) {
        return new ListingPublished(new ListingId(901), charizard, "pokemon", Money.of(euros, "EUR"));
    }

    private PriceAlert alert(String target, String currency, AlertDirection direction) {
        return alerts.add(PriceAlert.set(collector.requireId(), charizard, Money.of(target, currency), direction,
                NOW.minusSeconds(3600)));
    }

    @Test
    void a_listing_under_a_below_alerts_target_fires_it_once_linking_to_the_listing() {
        PriceAlert set = alert("700", "EUR", AlertDirection.BELOW);

        assertThat(service.fire(listed("650"))).isEqualTo(new FiredPriceWatches(1, 0, 1));
        assertThat(service.fire(listed("640"))).isEqualTo(FiredPriceWatches.NONE);

        assertThat(alerts.findById(set.id().orElseThrow()).orElseThrow().triggeredAt()).contains(NOW);
        Notification written = notifications.findByOwner(collector.requireId(), 10, 0).items().get(0);
        assertThat(written.title()).isEqualTo("Charizard listed under your target");
        assertThat(written.body()).isEqualTo("Listed at €650.00 (target: €700.00)");
        assertThat(written.url()).contains("/listings/901");
        OutgoingMail mail = mailbox.sentTo(collector.email()).get(0);
        assertThat(mail.textBody()).contains("See the listing: https://cards.example/listings/901");
        assertThat(events.published()).hasSize(1);
    }

    @Test
    void a_dollar_alert_judges_the_listings_euros_converted() {
        alert("800", "USD", AlertDirection.BELOW); // €650 is $812.50 at 1.25

        assertThat(service.fire(listed("650"))).isEqualTo(FiredPriceWatches.NONE);
        assertThat(service.fire(listed("639.99"))).isEqualTo(new FiredPriceWatches(1, 0, 1));
    }

    @Test
    void above_alerts_and_listings_over_the_target_fire_nothing() {
        alert("500", "EUR", AlertDirection.ABOVE);
        alert("600", "EUR", AlertDirection.BELOW);

        assertThat(service.fire(listed("650"))).isEqualTo(FiredPriceWatches.NONE);
        assertThat(notifications.countUnread(collector.requireId())).isEmpty();
        assertThat(mailbox.sent()).isEmpty();
    }

    @Test
    void a_wish_with_a_max_price_the_listing_meets_notifies() {
        wishes.save(WishlistEntry.wish(collector.requireId(), charizard, Optional.of(Money.of("700", "EUR")),
                NOW.minusSeconds(60)));

        FiredPriceWatches fired = service.fire(listed("650"));

        assertThat(fired.wishes()).isEqualTo(1);
        Notification written = notifications.findByOwner(collector.requireId(), 10, 0).items().get(0);
        assertThat(written.title()).isEqualTo("Charizard listed under your max price");
        assertThat(written.url()).contains("/listings/901");
    }
}
