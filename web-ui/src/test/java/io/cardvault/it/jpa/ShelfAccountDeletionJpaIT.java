package io.cardvault.it.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.CollectionStorePort;
import io.cardvault.application.port.out.NotificationStorePort;
import io.cardvault.application.port.out.PriceAlertStorePort;
import io.cardvault.application.port.out.WishlistStorePort;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.AlertDirection;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.collection.CollectionEntry;
import io.cardvault.domain.collection.Notification;
import io.cardvault.domain.collection.NotificationKind;
import io.cardvault.domain.collection.PriceAlert;
import io.cardvault.domain.collection.WishlistEntry;
import io.cardvault.domain.shared.Money;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An account's purge removes its whole shelf: the purge deletes only the account row
 * ({@code AccountStorePort.delete}) and the shelf's tables follow it by {@code ON DELETE CASCADE}.
 * A property of the schema, not of any one port, so it is tested here rather than in a contract.
 */
@ExtendWith(ArquillianExtension.class)
class ShelfAccountDeletionJpaIT {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    @Inject
    TransactionalAccountPorts accounts;

    @Inject
    InTransaction transactions;

    @Inject
    ShelfFixtures fixtures;

    @Inject
    CollectionStorePort collectionAdapter;

    @Inject
    WishlistStorePort wishlistAdapter;

    @Inject
    PriceAlertStorePort alertAdapter;

    @Inject
    NotificationStorePort notificationAdapter;

    @Deployment
    static WebArchive deployment() {
        return JpaArchive.of(ShelfAccountDeletionJpaIT.class);
    }

    @Test
    void deleting_an_account_removes_its_collection_wishes_alerts_and_notifications_and_nobody_elses() {
        CollectionStorePort collection = InTransaction.eachCall(CollectionStorePort.class, collectionAdapter, transactions);
        WishlistStorePort wishlist = InTransaction.eachCall(WishlistStorePort.class, wishlistAdapter, transactions);
        PriceAlertStorePort alerts = InTransaction.eachCall(PriceAlertStorePort.class, alertAdapter, transactions);
        NotificationStorePort notifications = InTransaction.eachCall(NotificationStorePort.class, notificationAdapter, transactions);
        CardId card = fixtures.aCard("pokemon");
        AccountId leaving = fixtures.anAccount();
        AccountId staying = fixtures.anAccount();
        for (AccountId owner : List.of(leaving, staying)) {
            collection.add(CollectionEntry.add(owner, card, Optional.empty(), 1, CardCondition.NM,
                    Optional.of(Money.of("300", "USD")), Optional.empty(), NOW));
            wishlist.save(WishlistEntry.wish(owner, card, Optional.of(Money.of("750", "EUR")), NOW));
            alerts.add(PriceAlert.set(owner, card, Money.of("700", "EUR"), AlertDirection.BELOW, NOW));
            notifications.add(Notification.unread(owner, NotificationKind.ALERT_TRIGGERED, "Charizard hit your target", "",
                    Map.of("card_id", card.value()), Optional.empty(), NOW));
        }
        PriceAlert leavingAlert = alerts.findByOwner(leaving).get(0);

        accounts.delete(leaving);

        assertThat(collection.findAllByOwner(leaving)).isEmpty();
        assertThat(wishlist.findByOwner(leaving)).isEmpty();
        assertThat(alerts.findByOwner(leaving)).isEmpty();
        assertThat(alerts.findById(leavingAlert.id().orElseThrow())).isEmpty();
        assertThat(notifications.findByOwner(leaving, 10, 0).total()).isZero();
        assertThat(collection.findAllByOwner(staying)).hasSize(1);
        assertThat(wishlist.findByOwner(staying)).hasSize(1);
        assertThat(alerts.findByOwner(staying)).hasSize(1);
        assertThat(notifications.countUnread(staying)).containsEntry(NotificationKind.ALERT_TRIGGERED, 1L);
    }
}
