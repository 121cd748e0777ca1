package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.collection.NotificationKind;
import io.cardvault.domain.collection.NotificationSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contract of {@link NotificationSettingsStorePort}; each test uses accounts of its own. */
public abstract class NotificationSettingsStorePortContract {

    protected abstract NotificationSettingsStorePort store();

    /** An account the store may hold rows for (the real store's rows reference an existing account). */
    protected abstract AccountId anOwner();

    @Test
    void givenAnAccountThatNeverChose_find_answersTheDefaults() {
        assertThat(store().find(anOwner())).isEqualTo(NotificationSettings.defaults());
    }

    @Test
    void givenChoices_find_answersThemOverTheDefaults() {
        AccountId owner = anOwner();
        store().choose(owner, Map.of(NotificationKind.ALERT_TRIGGERED, false, NotificationKind.NEW_MESSAGE, true));

        NotificationSettings settings = store().find(owner);
        assertThat(settings.mails(NotificationKind.ALERT_TRIGGERED)).isFalse();
        assertThat(settings.mails(NotificationKind.NEW_MESSAGE)).isTrue();
        assertThat(settings.mails(NotificationKind.WISHLIST_PRICE))
                .isEqualTo(NotificationSettings.defaults().mails(NotificationKind.WISHLIST_PRICE));
    }

    @Test
    void givenAKindChosenTwice_find_answersTheLaterChoiceAndKeepsTheOthers() {
        AccountId owner = anOwner();
        store().choose(owner, Map.of(NotificationKind.ALERT_TRIGGERED, false, NotificationKind.ORDER_UPDATED, true));
        store().choose(owner, Map.of(NotificationKind.ALERT_TRIGGERED, true));

        NotificationSettings settings = store().find(owner);
        assertThat(settings.mails(NotificationKind.ALERT_TRIGGERED)).isTrue();
        assertThat(settings.mails(NotificationKind.ORDER_UPDATED)).isTrue();
    }

    @Test
    void givenOneAccountsChoice_find_leavesOtherAccountsOnTheirOwn() {
        AccountId chooser = anOwner();
        AccountId other = anOwner();
        store().choose(chooser, Map.of(NotificationKind.WISHLIST_PRICE, false));

        assertThat(store().find(other)).isEqualTo(NotificationSettings.defaults());
    }

    @Test
    void givenSeveralAccounts_findFor_answersEveryOneOfThemWithItsOwnSettings() {
        AccountId mailOff = anOwner();
        AccountId untouched = anOwner();
        store().choose(mailOff, Map.of(NotificationKind.ALERT_TRIGGERED, false));

        Map<AccountId, NotificationSettings> settings = store().findFor(List.of(mailOff, untouched));
        assertThat(settings).containsOnlyKeys(mailOff, untouched);
        assertThat(settings.get(mailOff).mails(NotificationKind.ALERT_TRIGGERED)).isFalse();
        assertThat(settings.get(untouched)).isEqualTo(NotificationSettings.defaults());
    }

    @Test
    void givenNoAccounts_findFor_answersNothing() {
        assertThat(store().findFor(List.of())).isEmpty();
    }
}
