package io.cardvault.domain.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationSettingsTest {

    @Test
    void defaults_mailWhatTheCollectorArmedAndKeepTheRestOnSite() {
        NotificationSettings defaults = NotificationSettings.defaults();

        assertThat(defaults.mails(NotificationKind.ALERT_TRIGGERED)).isTrue();
        assertThat(defaults.mails(NotificationKind.WISHLIST_PRICE)).isTrue();
        assertThat(defaults.mails(NotificationKind.NEW_MESSAGE)).isFalse();
        assertThat(defaults.mails(NotificationKind.OFFER_RECEIVED)).isFalse();
        assertThat(defaults.mails(NotificationKind.ORDER_UPDATED)).isFalse();
        assertThat(defaults.mails(NotificationKind.LISTING_STATUS)).isFalse();
    }

    @Test
    void with_changesOnlyTheKindsGiven() {
        NotificationSettings changed = NotificationSettings.defaults()
                .with(Map.of(NotificationKind.ALERT_TRIGGERED, false, NotificationKind.NEW_MESSAGE, true));

        assertThat(changed.mails(NotificationKind.ALERT_TRIGGERED)).isFalse();
        assertThat(changed.mails(NotificationKind.NEW_MESSAGE)).isTrue();
        assertThat(changed.mails(NotificationKind.WISHLIST_PRICE)).isTrue();
        assertThat(changed.mail()).hasSize(NotificationKind.values().length);
    }

    @Test
    void givenAKindWithoutAnAnswer_construction_isRefused() {
        EnumMap<NotificationKind, Boolean> partial = new EnumMap<>(NotificationKind.class);
        partial.put(NotificationKind.ALERT_TRIGGERED, true);

        assertThatThrownBy(() -> new NotificationSettings(partial))
                .isInstanceOf(InvalidCollectionDataException.class)
                .hasMessageContaining("wishlist_price");
    }

    @Test
    void mail_cannotBeChangedFromOutside() {
        NotificationSettings settings = NotificationSettings.defaults();

        assertThatThrownBy(() -> settings.mail().put(NotificationKind.ALERT_TRIGGERED, false))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
