package io.cardvault.application.service.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.notification.ChangeNotificationSettingsCommand;
import io.cardvault.application.port.out.InMemoryNotificationSettingsStore;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.collection.InvalidCollectionDataException;
import io.cardvault.domain.collection.NotificationKind;
import io.cardvault.domain.collection.NotificationSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationSettingsServicesTest {

    private final InMemoryNotificationSettingsStore store = new InMemoryNotificationSettingsStore();
    private final GetNotificationSettingsService get = new GetNotificationSettingsService(store);
    private final ChangeNotificationSettingsService change = new ChangeNotificationSettingsService(store);
    private final AccountId account = new AccountId(7);

    @Test
    void givenNoChoices_get_answersTheDefaults() {
        assertThat(get.notificationSettings(account)).isEqualTo(NotificationSettings.defaults());
    }

    @Test
    void change_answersAndKeepsTheNewSettings() {
        NotificationSettings after = change.changeNotificationSettings(new ChangeNotificationSettingsCommand(account,
                Map.of(NotificationKind.ALERT_TRIGGERED, false, NotificationKind.OFFER_RECEIVED, true)));

        assertThat(after.mails(NotificationKind.ALERT_TRIGGERED)).isFalse();
        assertThat(after.mails(NotificationKind.OFFER_RECEIVED)).isTrue();
        assertThat(get.notificationSettings(account)).isEqualTo(after);
    }

    @Test
    void givenNoKind_command_isRefused() {
        assertThatThrownBy(() -> new ChangeNotificationSettingsCommand(account, Map.of()))
                .isInstanceOf(InvalidCollectionDataException.class);
    }
}
