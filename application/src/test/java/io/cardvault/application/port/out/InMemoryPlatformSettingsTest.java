package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;

/** The fake obeys the same contract as the JPA store. */
class InMemoryPlatformSettingsTest extends PlatformSettingStorePortContract {

    private InMemoryPlatformSettings fake;
    private final FreshIds ids = new FreshIds();

    @Override
    protected void freshStore() {
        fake = new InMemoryPlatformSettings();
    }

    @Override
    protected PlatformSettingStorePort store() {
        return fake;
    }

    @Override
    protected AccountId anAdministrator() {
        return ids.account();
    }
}
