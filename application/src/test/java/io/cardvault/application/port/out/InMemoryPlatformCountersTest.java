package io.cardvault.application.port.out;

import io.cardvault.domain.platform.PlatformCounter;

/** The fake obeys the same contract as the JDBC counters. */
class InMemoryPlatformCountersTest extends LoadPlatformCountersPortContract {

    private InMemoryPlatformCounters fake;

    @Override
    protected void freshStore() {
        fake = new InMemoryPlatformCounters();
    }

    @Override
    protected LoadPlatformCountersPort counters() {
        return fake;
    }

    @Override
    protected void givenAccount(boolean seller) {
        fake.add(PlatformCounter.USERS, 1);
        if (seller) {
            fake.add(PlatformCounter.SELLERS, 1);
        }
    }

    @Override
    protected void givenAlert(boolean active) {
        fake.add(PlatformCounter.USERS, 1);
        if (active) {
            fake.add(PlatformCounter.ACTIVE_ALERTS, 1);
        }
    }
}
