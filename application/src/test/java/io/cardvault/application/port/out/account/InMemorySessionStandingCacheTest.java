package io.cardvault.application.port.out.account;

import io.cardvault.application.port.out.SessionStandingCachePort;

class InMemorySessionStandingCacheTest extends SessionStandingCachePortContract {

    private final InMemorySessionStandingCache fake = new InMemorySessionStandingCache();

    @Override
    protected SessionStandingCachePort cache() {
        return fake;
    }
}
