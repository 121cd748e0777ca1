package io.cardvault.it.jpa;

import io.cardvault.application.port.out.NotificationSettingsStorePort;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.collection.NotificationKind;
import io.cardvault.domain.collection.NotificationSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;

/**
 * The JPA notification settings store, each call in a JTA transaction of its own as a use case would
 * run it. Typed as this class only, so injecting the port here finds the adapter, not this bean.
 */
@ApplicationScoped
@Typed(TransactionalNotificationSettings.class)
@Transactional
class TransactionalNotificationSettings implements NotificationSettingsStorePort {

    private final NotificationSettingsStorePort settings;

    @Inject
    TransactionalNotificationSettings(NotificationSettingsStorePort settings) {
        this.settings = settings;
    }

    /** For CDI's client proxy only. */
    protected TransactionalNotificationSettings() {
        this(null);
    }

    @Override
    public NotificationSettings find(AccountId owner) {
        return settings.find(owner);
    }

    @Override
    public Map<AccountId, NotificationSettings> findFor(Collection<AccountId> owners) {
        return settings.findFor(owners);
    }

    @Override
    public void choose(AccountId owner, Map<NotificationKind, Boolean> choices) {
        settings.choose(owner, choices);
    }
}
