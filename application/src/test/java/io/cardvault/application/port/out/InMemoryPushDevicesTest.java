package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;

/** The fake obeys the same contract as the JPA store. */
class InMemoryPushDevicesTest extends PushDeviceStorePortContract {

    private final InMemoryPushDevices fake = new InMemoryPushDevices();
    private final FreshIds ids = new FreshIds();

    @Override
    protected PushDeviceStorePort store() {
        return fake;
    }

    @Override
    protected AccountId anOwner() {
        return ids.account();
    }
}
