package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.collection.NotificationKind;
import io.cardvault.domain.collection.NotificationSettings;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The notification settings store in memory: the choices per account, the defaults under them. */
public class InMemoryNotificationSettingsStore implements NotificationSettingsStorePort {

    private final Map<AccountId, Map<NotificationKind, Boolean>> choices = new ConcurrentHashMap<>();

    @Override
    public NotificationSettings find(AccountId owner) {
        return NotificationSettings.chosen(choices.getOrDefault(owner, Map.of()));
    }

    @Override
    public Map<AccountId, NotificationSettings> findFor(Collection<AccountId> owners) {
        Map<AccountId, NotificationSettings> settings = new LinkedHashMap<>();
        owners.forEach(owner -> settings.put(owner, find(owner)));
        return settings;
    }

    @Override
    public void choose(AccountId owner, Map<NotificationKind, Boolean> chosen) {
        choices.compute(owner, (account, before) -> {
            Map<NotificationKind, Boolean> after = before == null ? new EnumMap<>(NotificationKind.class) : new EnumMap<>(before);
            after.putAll(chosen);
            return after;
        });
    }
}
