package io.cardvault.application.service.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.notification.MarkNotificationsReadCommand;
import io.cardvault.application.port.in.notification.NotificationPageQuery;
import io.cardvault.application.port.in.notification.UnreadNotificationCounts;
import io.cardvault.application.port.out.FreshIds;
import io.cardvault.application.port.out.InMemoryNotificationStore;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.collection.InvalidCollectionDataException;
import io.cardvault.domain.collection.Notification;
import io.cardvault.domain.collection.NotificationId;
import io.cardvault.domain.collection.NotificationKind;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NotificationServicesTest {

    private final InMemoryNotificationStore store = new InMemoryNotificationStore();
    private final FreshIds ids = new FreshIds();
    private final ListNotificationsService list = new ListNotificationsService(store);
    private final CountUnreadNotificationsService counts = new CountUnreadNotificationsService(store);
    private final MarkNotificationsReadService mark = new MarkNotificationsReadService(store);

    @Test
    void the_feed_pages_newest_first_with_the_total_and_an_offset_past_the_end_is_an_empty_page() {
        AccountId owner = ids.account();
        IntStream.rangeClosed(1, 5).forEach(n -> notify(owner, NotificationKind.ALERT_TRIGGERED, "alert " + n));
        notify(ids.account(), NotificationKind.ALERT_TRIGGERED, "someone else's");

        Slice<Notification> first = list.notifications(new NotificationPageQuery(owner, 2, 0));
        Slice<Notification> last = list.notifications(new NotificationPageQuery(owner, 2, 4));
        Slice<Notification> past = list.notifications(new NotificationPageQuery(owner, 2, 5));

        assertThat(first.total()).isEqualTo(5);
        assertThat(first.items()).extracting(Notification::title).containsExactly("alert 5", "alert 4");
        assertThat(last.items()).extracting(Notification::title).containsExactly("alert 1");
        assertThat(past.items()).isEmpty();
        assertThat(past.total()).isEqualTo(5);
    }

    @Test
    void a_page_outside_its_bounds_names_the_parameter() {
        AccountId owner = ids.account();
        assertThatThrownBy(() -> new NotificationPageQuery(owner, 0, 0))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class, refused -> assertThat(refused.field()).isEqualTo("limit"));
        assertThatThrownBy(() -> new NotificationPageQuery(owner, 201, 0))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class, refused -> assertThat(refused.field()).isEqualTo("limit"));
        assertThatThrownBy(() -> new NotificationPageQuery(owner, 10, -1))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class, refused -> assertThat(refused.field()).isEqualTo("offset"));
    }

    @Test
    void unread_counts_name_every_kind_and_add_up_to_the_total() {
        AccountId owner = ids.account();
        notify(owner, NotificationKind.ALERT_TRIGGERED, "a");
        notify(owner, NotificationKind.ALERT_TRIGGERED, "b");
        notify(owner, NotificationKind.WISHLIST_PRICE, "c");

        UnreadNotificationCounts unread = counts.unreadCounts(owner);

        assertThat(unread.perKind()).hasSize(NotificationKind.values().length);
        assertThat(unread.of(NotificationKind.ALERT_TRIGGERED)).isEqualTo(2);
        assertThat(unread.of(NotificationKind.WISHLIST_PRICE)).isEqualTo(1);
        assertThat(unread.of(NotificationKind.NEW_MESSAGE)).isZero();
        assertThat(unread.total()).isEqualTo(3);
        assertThat(counts.unreadCounts(ids.account()).total()).isZero();
    }

    @Test
    void marking_by_ids_changes_only_the_callers_unread_ones_and_marking_all_clears_the_rest() {
        AccountId owner = ids.account();
        AccountId other = ids.account();
        NotificationId a = notify(owner, NotificationKind.ALERT_TRIGGERED, "a");
        NotificationId b = notify(owner, NotificationKind.WISHLIST_PRICE, "b");
        notify(owner, NotificationKind.WISHLIST_PRICE, "c");
        NotificationId theirs = notify(other, NotificationKind.ALERT_TRIGGERED, "theirs");

        assertThat(mark.markRead(MarkNotificationsReadCommand.ids(owner, Set.of(a, theirs)))).isEqualTo(1);
        assertThat(mark.markRead(MarkNotificationsReadCommand.ids(owner, Set.of(a, b)))).isEqualTo(1);
        assertThat(counts.unreadCounts(owner).total()).isEqualTo(1);
        assertThat(counts.unreadCounts(other).total()).isEqualTo(1);

        assertThat(mark.markRead(MarkNotificationsReadCommand.all(owner))).isEqualTo(1);
        assertThat(counts.unreadCounts(owner).total()).isZero();
        assertThat(list.notifications(new NotificationPageQuery(owner, 10, 0)).items()).allMatch(Notification::read);
        assertThat(counts.unreadCounts(other).total()).isEqualTo(1);
    }

    @Test
    void a_mark_read_command_takes_ids_or_all_never_both_nor_neither() {
        AccountId owner = ids.account();
        assertThatThrownBy(() -> new MarkNotificationsReadCommand(owner, Set.of(new NotificationId(1)), true))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class, refused -> assertThat(refused.field()).isEqualTo("ids"));
        assertThatThrownBy(() -> MarkNotificationsReadCommand.ids(owner, Set.of()))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class, refused -> assertThat(refused.field()).isEqualTo("ids"));
    }

    private NotificationId notify(AccountId owner, NotificationKind kind, String title) {
        return store.add(Notification.unread(owner, kind, title, "", Map.of("card_id", 891L), Optional.of("/en/cards/891"),
                Instant.parse("2026-12-07T10:00:00Z"))).id().orElseThrow();
    }
}
