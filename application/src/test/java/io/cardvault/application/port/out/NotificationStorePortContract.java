package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.collection.Notification;
import io.cardvault.domain.collection.NotificationId;
import io.cardvault.domain.collection.NotificationKind;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Contract of {@link NotificationStorePort}; each test uses owners of its own. */
public abstract class NotificationStorePortContract {

    private static final Instant DAY = Instant.parse("2026-12-01T10:00:00Z");

    protected abstract NotificationStorePort store();

    protected abstract AccountId anOwner();

    private Notification add(AccountId owner, NotificationKind kind, int minute) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("card_id", 891L);
        data.put("source", "cardmarket");
        return store().add(Notification.unread(owner, kind, "Charizard hit your target", "Now €712.50 (target: €750)", data,
                Optional.of("/en/cards/891"), DAY.plusSeconds(60L * minute)));
    }

    @Test
    void givenNotification_add_storesEveryFieldUnread() {
        AccountId owner = anOwner();
        Notification added = add(owner, NotificationKind.ALERT_TRIGGERED, 0);

        Notification found = store().findByOwner(owner, 10, 0).items().get(0);
        assertThat(found.id()).isEqualTo(added.id());
        assertThat(found.kind()).isEqualTo(NotificationKind.ALERT_TRIGGERED);
        assertThat(found.title()).isEqualTo("Charizard hit your target");
        assertThat(found.body()).isEqualTo("Now €712.50 (target: €750)");
        assertThat(found.data()).containsExactly(Map.entry("card_id", 891L), Map.entry("source", "cardmarket"));
        assertThat(found.url()).contains("/en/cards/891");
        assertThat(found.read()).isFalse();
        assertThat(found.createdAt()).isEqualTo(DAY);
    }

    @Test
    void givenNotifications_findByOwner_pagesNewestFirst() {
        AccountId owner = anOwner();
        Notification first = add(owner, NotificationKind.ALERT_TRIGGERED, 0);
        Notification second = add(owner, NotificationKind.WISHLIST_PRICE, 1);
        Notification third = add(owner, NotificationKind.ALERT_TRIGGERED, 2);
        add(anOwner(), NotificationKind.ALERT_TRIGGERED, 3);

        Slice<Notification> page = store().findByOwner(owner, 2, 0);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(Notification::id).containsExactly(third.id(), second.id());
        assertThat(store().findByOwner(owner, 2, 2).items()).extracting(Notification::id).containsExactly(first.id());
    }

    @Test
    void givenUnreadOfTwoKinds_countUnread_countsPerKindAndMarkReadLowersThem() {
        AccountId owner = anOwner();
        Notification alert = add(owner, NotificationKind.ALERT_TRIGGERED, 0);
        add(owner, NotificationKind.ALERT_TRIGGERED, 1);
        add(owner, NotificationKind.WISHLIST_PRICE, 2);

        assertThat(store().countUnread(owner))
                .containsExactlyInAnyOrderEntriesOf(Map.of(NotificationKind.ALERT_TRIGGERED, 2L, NotificationKind.WISHLIST_PRICE, 1L));
        assertThat(store().markRead(owner, List.of(alert.id().orElseThrow()))).isEqualTo(1);
        assertThat(store().markRead(owner, List.of(alert.id().orElseThrow()))).isZero();
        assertThat(store().countUnread(owner)).containsEntry(NotificationKind.ALERT_TRIGGERED, 1L);
        assertThat(store().markAllRead(owner)).isEqualTo(2);
        assertThat(store().countUnread(owner)).isEmpty();
    }

    @Test
    void givenAnotherOwnersIds_markRead_changesNothing() {
        AccountId owner = anOwner();
        NotificationId theirs = add(anOwner(), NotificationKind.NEW_MESSAGE, 0).id().orElseThrow();
        add(owner, NotificationKind.NEW_MESSAGE, 1);
        assertThat(store().markRead(owner, List.of(theirs))).isZero();
        assertThat(store().countUnread(owner)).containsEntry(NotificationKind.NEW_MESSAGE, 1L);
    }

    @Test
    void givenOwnAndOtherAccountsIds_markRead_changesOnlyTheOwnersAndCountsThemOnce() {
        AccountId owner = anOwner();
        NotificationId mine = add(owner, NotificationKind.OFFER_RECEIVED, 0).id().orElseThrow();
        NotificationId theirs = add(anOwner(), NotificationKind.OFFER_RECEIVED, 0).id().orElseThrow();

        assertThat(store().markRead(owner, List.of(mine, theirs, mine))).isEqualTo(1);
        assertThat(store().findByOwner(owner, 10, 0).items()).extracting(Notification::read).containsExactly(true);
        assertThat(store().markRead(owner, List.of())).isZero();
        assertThat(store().markAllRead(owner)).isZero();
    }

    @Test
    void givenNotificationsAtTheSameInstantOrOutOfOrder_findByOwner_putsTheNewestFirstThenTheLaterAdded() {
        AccountId owner = anOwner();
        Notification late = add(owner, NotificationKind.ORDER_UPDATED, 5);
        Notification early = add(owner, NotificationKind.ORDER_UPDATED, 0);
        Notification alsoEarly = add(owner, NotificationKind.ORDER_UPDATED, 0);

        assertThat(store().findByOwner(owner, 10, 0).items()).extracting(Notification::id)
                .containsExactly(late.id(), alsoEarly.id(), early.id());
        assertThat(store().findByOwner(owner, 10, 3).items()).isEmpty();
        assertThat(store().findByOwner(owner, 10, 3).total()).isEqualTo(3);
    }

    @Test
    void givenNotificationWithoutDataOrLink_add_readsBackEmpty() {
        AccountId owner = anOwner();
        store().add(Notification.unread(owner, NotificationKind.LISTING_STATUS, "Listing sold", "", Map.of(), Optional.empty(), DAY));
        Notification found = store().findByOwner(owner, 1, 0).items().get(0);
        assertThat(found.data()).isEmpty();
        assertThat(found.url()).isEmpty();
        assertThat(found.body()).isEmpty();
    }
}
