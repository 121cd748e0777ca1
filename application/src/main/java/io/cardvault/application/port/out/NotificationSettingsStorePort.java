package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.collection.NotificationKind;
import io.cardvault.domain.collection.NotificationSettings;
import java.util.Collection;
import java.util.Map;

/**
 * Outgoing port: the mail on/off choices collectors made per notification kind. Only choices are
 * stored; a kind an account never chose answers its default, so a kind added later needs no rows.
 */
public interface NotificationSettingsStorePort {

    /** The account's settings: its choices over the defaults (all defaults for an account that never chose). */
    NotificationSettings find(AccountId owner);

    /** The settings of each of these accounts, every one of them a key: what a batch of alerts mails by. */
    Map<AccountId, NotificationSettings> findFor(Collection<AccountId> owners);

    /** Records these choices of the account (a kind chosen before is overwritten); other kinds stay as they were. */
    void choose(AccountId owner, Map<NotificationKind, Boolean> choices);
}
