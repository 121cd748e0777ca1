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
import io.cardvault.application.port.out.mail.OutgoingMail;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.analytics.EuroReferenceRates;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.domain.collection.AlertDirection;
import io.cardvault.domain.collection.Notification;
import io.cardvault.domain.collection.NotificationKind;
import io.cardvault.domain.collection.PriceAlert;
import io.cardvault.domain.collection.WishlistEntry;
import io.cardvault.domain.price.CardPriceChange;
import io.cardvault.domain.price.HeadlinePricesChanged;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.realtime.Topic;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FirePriceWatchesServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-07T05:00:00Z");
    private static final Currency USD = Currency.getInstance("USD");

    private final InMemoryPriceAlertStore alerts = new InMemoryPriceAlertStore();
    private final InMemoryWishlistStore wishes = new InMemoryWishlistStore();
    private final InMemoryNotificationStore notifications = new InMemoryNotificationStore();
    private final InMemoryNotificationSettingsStore settings = new InMemoryNotificationSettingsStore();
    private final InMemoryAccountStore accounts = new InMemoryAccountStore();
    private final InMemoryExchangeRates rates = new InMemoryExchangeRates();
    private final InMemoryCatalogueViews catalogue = new InMemoryCatalogueViews(CatalogueFixtures.POKEMON);
    private final InMemoryMarketEvents events = new InMemoryMarketEvents();
    private final InMemoryMailbox mailbox = InMemoryMailbox.reachable();

    private Account collector;
    private CardId charizard;
    private CardSetId baseSet;

    @BeforeEach
    void catalogueAndCollector() {
        CardSet set = CatalogueFixtures.baseSet();
        StoredSet stored = catalogue.store(CatalogueFixtures.POKEMON, set, List.of(CatalogueFixtures.charizard(set)));
        baseSet = stored.setId();
        charizard = stored.cardIds().values().iterator().next();
        collector = accounts.add(AccountFixtures.newAccount("alerts"));
        rates.store(List.of(new EuroReferenceRates(LocalDate.of(2026, 12, 4), Map.of(USD, new BigDecimal("1.25")))));
    }

    private FirePriceWatchesService service(InMemoryPriceAlertStore alertStore) {
        return new FirePriceWatchesService(alertStore, wishes, notifications, settings, accounts, rates, catalogue,
                events, mailbox, new PriceWatchPolicy(URI.create("https://cards.example")),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private FiredPriceWatches fire(CardPriceChange... changes) {
        return service(alerts).fire(new HeadlinePricesChanged(List.of(changes)));
    }

    private CardPriceChange cardmarket(String euros) {
        return new CardPriceChange(charizard, baseSet, "pokemon", PriceSource.CARDMARKET, "holofoil", Money.of(euros, "EUR"));
    }

    private CardPriceChange tcgplayer(String finish, String dollars) {
        return new CardPriceChange(charizard, baseSet, "pokemon", PriceSource.TCGCSV, finish, Money.of(dollars, "USD"));
    }

    private PriceAlert alert(String target, String currency, AlertDirection direction) {
        return alerts.add(PriceAlert.set(collector.requireId(), charizard, Money.of(target, currency), direction,
                NOW.minusSeconds(3600)));
    }

    private AccountId owner() {
        return collector.requireId();
    }

    @Test
    void givenBelowAlert_priceDropsUnderTarget_firesOnceWithNotificationFrameAndMail() {
        PriceAlert set = alert("750", "EUR", AlertDirection.BELOW);

        FiredPriceWatches fired = fire(cardmarket("712.50"));

        assertThat(fired).isEqualTo(new FiredPriceWatches(1, 0, 1));
        assertThat(alerts.findById(set.id().orElseThrow()).orElseThrow().triggeredAt()).contains(NOW);
        Notification written = notifications.findByOwner(owner(), 10, 0).items().get(0);
        assertThat(written.kind()).isEqualTo(NotificationKind.ALERT_TRIGGERED);
        assertThat(written.title()).isEqualTo("Charizard hit your target");
        assertThat(written.body()).isEqualTo("Now €712.50 (target: €750.00)");
        assertThat(written.data()).containsExactly(Map.entry("card_id", charizard.value()),
                Map.entry("alert_id", set.id().orElseThrow().value()));
        assertThat(written.url()).contains("/cards/" + charizard.value());
        assertThat(events.published()).singleElement().satisfies(event -> {
            assertThat(event.topics()).containsExactly(Topic.user(owner()));
            assertThat(event).isEqualTo(new io.cardvault.domain.realtime.Notification(owner(), "alert_triggered",
                    "Charizard hit your target", "Now €712.50 (target: €750.00)", "/cards/" + charizard.value()));
        });
        OutgoingMail mail = mailbox.sentTo(collector.email()).get(0);
        assertThat(mail.subject()).isEqualTo("Charizard hit your target");
        assertThat(mail.textBody()).contains("Now €712.50 (target: €750.00)")
                .contains("https://cards.example/cards/" + charizard.value());
    }

    @Test
    void givenBelowAlert_priceStaysOverTarget_firesNothing() {
        PriceAlert set = alert("750", "EUR", AlertDirection.BELOW);

        assertThat(fire(cardmarket("750.01"))).isEqualTo(FiredPriceWatches.NONE);

        assertThat(alerts.findById(set.id().orElseThrow()).orElseThrow().isActive()).isTrue();
        assertThat(notifications.countUnread(owner())).isEmpty();
        assertThat(events.published()).isEmpty();
        assertThat(mailbox.sent()).isEmpty();
    }

    @Test
    void givenAboveAlert_priceClimbsToTarget_fires() {
        alert("800", "EUR", AlertDirection.ABOVE);

        assertThat(fire(cardmarket("799.99")).alerts()).isZero();
        assertThat(fire(cardmarket("800")).alerts()).isEqualTo(1);
    }

    @Test
    void givenFiredAlert_secondIngestUnderTarget_doesNotFireAgain() {
        alert("750", "EUR", AlertDirection.BELOW);
        fire(cardmarket("700"));

        assertThat(fire(cardmarket("650"))).isEqualTo(FiredPriceWatches.NONE);

        assertThat(notifications.countUnread(owner())).containsExactly(Map.entry(NotificationKind.ALERT_TRIGGERED, 1L));
        assertThat(mailbox.sent()).hasSize(1);
    }

    @Test
    void givenAnotherNodeTriggeredTheAlertAfterItWasRead_fire_staysSilent() {
        alert("750", "EUR", AlertDirection.BELOW);
        InMemoryPriceAlertStore raced = new InMemoryPriceAlertStore() {
            @Override
            public List<PriceAlert> findActiveFor(Collection<CardId> cards) {
                List<PriceAlert> read = alerts.findActiveFor(cards);
                read.forEach(alert -> alerts.markTriggered(alert.id().orElseThrow(), NOW)); // the other node wins
                return read;
            }

            @Override
            public boolean markTriggered(io.cardvault.domain.collection.PriceAlertId id, Instant at) {
                return alerts.markTriggered(id, at);
            }
        };

        FiredPriceWatches fired = service(raced).fire(new HeadlinePricesChanged(List.of(cardmarket("700"))));

        assertThat(fired).isEqualTo(FiredPriceWatches.NONE);
        assertThat(notifications.countUnread(owner())).isEmpty();
        assertThat(events.published()).isEmpty();
        assertThat(mailbox.sent()).isEmpty();
    }

    @Test
    void givenEuroAlert_dollarPriceUnderTargetAfterConversion_firesInEuros() {
        alert("700", "EUR", AlertDirection.BELOW);

        FiredPriceWatches fired = fire(tcgplayer("holofoil", "870.00")); // 870 / 1.25 = 696.00 EUR

        assertThat(fired.alerts()).isEqualTo(1);
        assertThat(notifications.findByOwner(owner(), 10, 0).items().get(0).body())
                .isEqualTo("Now €696.00 (target: €700.00)");
    }

    @Test
    void givenEuroAlert_dollarPriceOverTargetAfterConversion_firesNothingThoughTheNumberIsLower() {
        alert("700", "EUR", AlertDirection.ABOVE);

        // 690 USD would cross 700 only if the currencies were compared as numbers; it is 552 EUR
        assertThat(fire(tcgplayer("holofoil", "690"))).isEqualTo(FiredPriceWatches.NONE);
        assertThat(fire(tcgplayer("holofoil", "880"))).isEqualTo(new FiredPriceWatches(1, 0, 1)); // 704 EUR
    }

    @Test
    void givenAlertInACurrencyWithoutRate_fire_skipsItAndLeavesItActive() {
        PriceAlert set = alert("500", "GBP", AlertDirection.BELOW);

        assertThat(fire(cardmarket("1"))).isEqualTo(FiredPriceWatches.NONE);

        assertThat(alerts.findById(set.id().orElseThrow()).orElseThrow().isActive()).isTrue();
    }

    @Test
    void givenNoStoredRatesAtAll_foreignPrice_isNeverComparedAndSameCurrencyStillFires() {
        InMemoryExchangeRates none = new InMemoryExchangeRates();
        FirePriceWatchesService withoutRates = new FirePriceWatchesService(alerts, wishes, notifications, settings,
                accounts, none, catalogue, events, mailbox, new PriceWatchPolicy(URI.create("https://cards.example")),
                Clock.fixed(NOW, ZoneOffset.UTC));
        alert("750", "EUR", AlertDirection.BELOW);

        assertThat(withoutRates.fire(new HeadlinePricesChanged(List.of(tcgplayer("holofoil", "1")))).alerts()).isZero();
        assertThat(withoutRates.fire(new HeadlinePricesChanged(List.of(cardmarket("749")))).alerts()).isEqualTo(1);
    }

    @Test
    void givenSeveralFinishesMoved_belowAlert_firesOnceQuotingTheLowestPrice() {
        alert("600", "USD", AlertDirection.BELOW);

        FiredPriceWatches fired = fire(tcgplayer("holofoil", "900"), tcgplayer("normal", "450"),
                tcgplayer("reverse-holofoil", "550"));

        assertThat(fired.alerts()).isEqualTo(1);
        assertThat(notifications.findByOwner(owner(), 10, 0).items()).singleElement()
                .satisfies(n -> assertThat(n.body()).isEqualTo("Now $450.00 (target: $600.00)"));
    }

    @Test
    void givenSeveralFinishesMoved_aboveAlert_isJudgedByTheHighestPrice() {
        alert("800", "USD", AlertDirection.ABOVE);

        assertThat(fire(tcgplayer("holofoil", "900"), tcgplayer("normal", "450")).alerts()).isEqualTo(1);
        assertThat(notifications.findByOwner(owner(), 10, 0).items().get(0).body()).startsWith("Now $900.00");
    }

    @Test
    void givenMailTurnedOffForAlerts_fire_writesAndPushesButSendsNoMail() {
        settings.choose(owner(), Map.of(NotificationKind.ALERT_TRIGGERED, false));
        alert("750", "EUR", AlertDirection.BELOW);

        FiredPriceWatches fired = fire(cardmarket("700"));

        assertThat(fired).isEqualTo(new FiredPriceWatches(1, 0, 0));
        assertThat(notifications.countUnread(owner())).containsEntry(NotificationKind.ALERT_TRIGGERED, 1L);
        assertThat(events.published()).hasSize(1);
        assertThat(mailbox.sent()).isEmpty();
    }

    @Test
    void givenWishWithMaxPrice_priceDropsUnder_notifiesOnceUntilItClimbsBackOverAndRearms() {
        wishes.save(WishlistEntry.wish(owner(), charizard, Optional.of(Money.of("500", "EUR")), NOW.minusSeconds(60)));

        assertThat(fire(cardmarket("480"))).isEqualTo(new FiredPriceWatches(0, 1, 1));
        assertThat(wishes.findByOwner(owner()).get(0).notifiedAt()).contains(NOW);
        assertThat(fire(cardmarket("470")).wishes()).isZero(); // still under: told already

        assertThat(fire(cardmarket("520"))).isEqualTo(FiredPriceWatches.NONE);
        assertThat(wishes.findByOwner(owner()).get(0).notifiedAt()).isEmpty(); // rearmed

        assertThat(fire(cardmarket("490")).wishes()).isEqualTo(1);
        List<Notification> feed = notifications.findByOwner(owner(), 10, 0).items();
        assertThat(feed).hasSize(2).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.WISHLIST_PRICE);
            assertThat(n.title()).isEqualTo("Charizard is under your max price");
            assertThat(n.data()).containsExactly(Map.entry("card_id", charizard.value()));
        });
        assertThat(mailbox.sent()).hasSize(2);
    }

    @Test
    void givenWishMailTurnedOff_wishUnderMax_isInTheFeedButNotMailed() {
        settings.choose(owner(), Map.of(NotificationKind.WISHLIST_PRICE, false));
        wishes.save(WishlistEntry.wish(owner(), charizard, Optional.of(Money.of("500", "EUR")), NOW.minusSeconds(60)));

        assertThat(fire(cardmarket("480"))).isEqualTo(new FiredPriceWatches(0, 1, 0));
        assertThat(mailbox.sent()).isEmpty();
    }

    @Test
    void givenWatchesOnOtherCardsOnly_fire_firesNothing() {
        CardSet other = CatalogueFixtures.baseSet();
        CardId charmander = catalogue.store(CatalogueFixtures.POKEMON, other, List.of(CatalogueFixtures.charmander(other)))
                .cardIds().values().iterator().next();
        alerts.add(PriceAlert.set(owner(), charmander, Money.of("10", "EUR"), AlertDirection.BELOW, NOW));

        assertThat(fire(cardmarket("1"))).isEqualTo(FiredPriceWatches.NONE);
    }

    @Test
    void givenTwoCollectorsOnOneCard_fire_tellsEachOfThemOnTheirOwnTopic() {
        Account second = accounts.add(AccountFixtures.newAccount("alerts"));
        alert("750", "EUR", AlertDirection.BELOW);
        alerts.add(PriceAlert.set(second.requireId(), charizard, Money.of("720", "EUR"), AlertDirection.BELOW, NOW));

        assertThat(fire(cardmarket("700")).alerts()).isEqualTo(2);

        assertThat(events.published()).flatExtracting(event -> event.topics())
                .containsExactlyInAnyOrder(Topic.user(owner()), Topic.user(second.requireId()));
        assertThat(mailbox.sentTo(second.email())).hasSize(1);
    }

    @Test
    void givenAlertAndWishOfOneOwnerAndAnotherOwnersAlert_fire_mailsEachFiredWatchToItsOwnersAddress() {
        Account second = accounts.add(AccountFixtures.newAccount("alerts"));
        alert("750", "EUR", AlertDirection.BELOW);
        wishes.save(WishlistEntry.wish(owner(), charizard, Optional.of(Money.of("720", "EUR")), NOW.minusSeconds(60)));
        alerts.add(PriceAlert.set(second.requireId(), charizard, Money.of("650", "EUR"), AlertDirection.ABOVE, NOW));

        assertThat(fire(cardmarket("700"))).isEqualTo(new FiredPriceWatches(2, 1, 3));

        assertThat(mailbox.sentTo(collector.email())).extracting(OutgoingMail::subject)
                .containsExactlyInAnyOrder("Charizard hit your target", "Charizard is under your max price");
        assertThat(mailbox.sentTo(second.email())).extracting(OutgoingMail::subject)
                .containsExactly("Charizard hit your target");
    }

    @Test
    void givenOwnerWhoseAccountIsGone_fire_writesTheFeedButMailsOnlyTheOthers() {
        Account second = accounts.add(AccountFixtures.newAccount("alerts"));
        alert("750", "EUR", AlertDirection.BELOW);
        alerts.add(PriceAlert.set(second.requireId(), charizard, Money.of("720", "EUR"), AlertDirection.BELOW, NOW));
        accounts.delete(owner());

        assertThat(fire(cardmarket("700"))).isEqualTo(new FiredPriceWatches(2, 0, 1));

        assertThat(notifications.countUnread(owner())).containsEntry(NotificationKind.ALERT_TRIGGERED, 1L);
        assertThat(mailbox.sent()).singleElement().satisfies(mail -> assertThat(mail.to()).isEqualTo(second.email()));
    }
}
